package coref

import (
	"slices"
	"strings"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/loaders/gazetteer"
	"github.com/parleyhq/parley/loaders/text"
)

// add records the candidate c of sentence si as a mention: it takes the title before it
// (and the country or body qualifying the title) as a role of its entity, finds or makes
// the entity, and notes the text as an alias.
func (d *doc) add(si int, s *text.Sentence, c candidate, titleAt []gazetteer.TitleMatch) {
	toks := s.Tokens
	m := Mention{Sent: si, Tok0: c.tok0, Tok1: c.tok1, Ext0: c.tok0, Kind: c.kind,
		Start: toks[c.tok0].Start, End: toks[c.tok1-1].End}
	m.Text = spanText(s, m.Start, m.End)
	m.Demonym = c.alias == gazetteer.ByDemonym
	m.Known = c.entry != nil
	var role *parley.Role
	if tm := titleAt[c.tok0]; tm.Title != nil && (c.kind == parley.Person || c.entry == nil) {
		m.Kind = parley.Person
		m.Title = tm.Title.Norm
		m.Ext0 = tm.Start
		role = &parley.Role{Title: tm.Title.Norm}
		// A country, demonym or organization right before the title qualifies it.
		if of := d.qualifier(si, tm.Start, toks); of != nil {
			of.Modifier = true
			role.Of = of.Entity
			m.Ext0 = of.Ext0
		}
	}
	var e *parley.Entity
	switch {
	case c.entry != nil && (c.entry.Kind == m.Kind || c.alias == gazetteer.ByDemonym):
		e = d.entity(c.entry.ID(), c.entry.Name, c.entry.Kind)
		e.Wikidata = c.entry.Wikidata
		if c.alias != gazetteer.BySurname && c.alias != gazetteer.ByDemonym {
			d.nSeen++
			d.seen[e.ID] = d.nSeen
			d.noteSurname(e)
		}
	case m.Kind == parley.Person:
		e = d.person(m.Text)
	default:
		e = d.entity(parley.EntityID(m.Kind, m.Text), m.Text, m.Kind)
	}
	m.Entity = e.ID
	if !m.Demonym && m.Text != e.Name && !slices.Contains(e.Aliases, m.Text) {
		e.Aliases = append(e.Aliases, m.Text)
	}
	if role != nil && !hasRole(e.Roles, *role) {
		if d.published != "" {
			role.From, role.To = d.published, d.published
		}
		e.Roles = append(e.Roles, *role)
	}
	d.res.Mentions = append(d.res.Mentions, m)
}

// qualifier returns the mention (already added) of a country, demonym or organization
// that ends right before token k, skipping a possessive "'s".
func (d *doc) qualifier(si, k int, toks []text.Token) *Mention {
	if k > 0 && text.IsPossessive(toks[k-1].Text) {
		k--
	}
	for i := len(d.res.Mentions) - 1; i >= 0; i-- {
		m := &d.res.Mentions[i]
		if m.Sent != si {
			break
		}
		if m.Tok1 == k && (m.Kind == parley.Country || m.Kind == parley.Organization || m.Demonym) {
			return m
		}
	}
	return nil
}

// hasRole reports whether rs holds a role with the title and organization of r.
func hasRole(rs []parley.Role, r parley.Role) bool {
	for _, x := range rs {
		if x.Title == r.Title && x.Of == r.Of {
			return true
		}
	}
	return false
}

// person returns the entity for a person name the gazetteer does not know: a short form
// of someone already named ("Sherman" after "Wendy Sherman"), else a new entity.
func (d *doc) person(name string) *parley.Entity {
	parts := strings.Fields(name)
	if len(parts) == 1 {
		if id, ok := d.short[parley.Fold(name)]; ok {
			return d.res.byID[id]
		}
	}
	if len(parts) >= 2 {
		// A name the tagger cut short is the longer name it begins ("Min Aung" of
		// "Min Aung Hlaing").
		for _, o := range d.res.Entities {
			if o.Kind == parley.Person && len(o.Name) > len(name) && o.Name[len(name)] == ' ' &&
				strings.HasPrefix(o.Name, name) {
				return o
			}
		}
	}
	e := d.entity(parley.EntityID(parley.Person, name), name, parley.Person)
	if len(parts) >= 2 {
		last := parts[len(parts)-1]
		d.short[parley.Fold(last)] = e.ID
		if short := shortOfPrefixed(last); short != last {
			d.short[parley.Fold(short)] = e.ID // "Sistani" of "Ali al-Sistani"
		}
		if len(parts) == 2 {
			if _, taken := d.short[parley.Fold(parts[0])]; !taken {
				d.short[parley.Fold(parts[0])] = e.ID
			}
		}
	}
	return e
}

// noteSurname keeps the last word of a known person's name as a short form of them, unless
// someone named earlier has it: a later tagger span of that word alone is that person
// ("Castro" after "Raúl Castro"), not an organization or place.
func (d *doc) noteSurname(e *parley.Entity) {
	if e.Kind != parley.Person {
		return
	}
	parts := strings.Fields(e.Name)
	if len(parts) < 2 {
		return
	}
	last := parts[len(parts)-1]
	for _, w := range []string{last, shortOfPrefixed(last)} {
		if k := parley.Fold(w); d.short[k] == "" {
			d.short[k] = e.ID
		}
	}
}

// entitySlab is how many entities are allocated together once the first slab is full.
const entitySlab = 8

// entity returns the entity with the id, made with the name and kind if the article
// has not named it yet.
func (d *doc) entity(id, name string, kind parley.Kind) *parley.Entity {
	if e := d.res.byID[id]; e != nil {
		return e
	}
	if len(d.slab) == cap(d.slab) {
		d.slab = make([]parley.Entity, 0, entitySlab)
	}
	d.slab = append(d.slab, parley.Entity{ID: id, Name: name, Kind: kind})
	e := &d.slab[len(d.slab)-1]
	d.res.byID[id] = e
	d.res.Entities = append(d.res.Entities, e)
	return e
}

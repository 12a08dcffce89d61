package ner

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

// sentence is one training sentence: its words and their gold labels.
type sentence struct {
	words  []string
	labels []label
}

// document is the sentences of one CoNLL document, in order.
type document []sentence

// maxLineBytes bounds one CoNLL line.
const maxLineBytes = 1 << 20

// readCoNLL reads a CoNLL-2003 file (word first, IOB1 or IOB2 tag last on each line;
// blank lines between sentences; -DOCSTART- lines between documents). It returns an
// error naming the file and line of the first malformed tag.
func readCoNLL(path string) ([]document, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read conll: %w", err)
	}
	defer f.Close()
	var (
		docs  []document
		sents []sentence
		words []string
		tags  []string
	)
	flush := func() {
		if len(words) > 0 {
			sents = append(sents, sentence{words: words, labels: bilou(tags)})
		}
		words, tags = nil, nil
	}
	flushDoc := func() {
		flush()
		if len(sents) > 0 {
			docs = append(docs, sents)
		}
		sents = nil
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64*1024), maxLineBytes)
	for n := 1; sc.Scan(); n++ {
		fields := strings.Fields(sc.Text())
		switch {
		case len(fields) == 0:
			flush()
			continue
		case fields[0] == "-DOCSTART-":
			flushDoc()
			continue
		case len(fields) < 2:
			return nil, fmt.Errorf("read conll %s line %d: want word and tag, got %q", path, n, sc.Text())
		}
		tag := fields[len(fields)-1]
		if _, ok := entityTypes[strings.TrimLeft(tag, "BI-")]; !ok && tag != "O" ||
			tag != "O" && !strings.HasPrefix(tag, "B-") && !strings.HasPrefix(tag, "I-") {
			return nil, fmt.Errorf("read conll %s line %d: unknown tag %q", path, n, tag)
		}
		words = append(words, fields[0])
		tags = append(tags, tag)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read conll %s: %w", path, err)
	}
	flushDoc()
	return docs, nil
}

// bilou converts IOB1/IOB2 tags to BILOU labels. A B- tag, or an I- tag of another type
// than the previous token's, starts a mention.
func bilou(tags []string) []label {
	out := make([]label, len(tags))
	for i := 0; i < len(tags); {
		if tags[i] == "O" {
			out[i] = outside
			i++
			continue
		}
		typ := entityTypes[tags[i][2:]]
		j := i + 1
		for j < len(tags) && strings.HasPrefix(tags[j], "I-") && entityTypes[tags[j][2:]] == typ {
			j++
		}
		if j-i == 1 {
			out[i] = makeLabel(unit, typ)
		} else {
			out[i] = makeLabel(begin, typ)
			for k := i + 1; k < j-1; k++ {
				out[k] = makeLabel(inside, typ)
			}
			out[j-1] = makeLabel(last, typ)
		}
		i = j
	}
	return out
}

package synth

import (
	"context"
	"fmt"
	"math/rand/v2"

	"github.com/parleyhq/parley"
)

// samplePages is how many pages of the timeline Sample reads.
const samplePages = 20

// Sample returns query subjects drawn from the store as users would pick them: people
// in proportion to how many events they took part in, and pairs that met. It reads
// events spread over the timeline. It returns an error if the store holds no contact
// event.
func Sample(ctx context.Context, s parley.Store, seed uint64) (people []string, pairs [][2]string, err error) {
	rng := rand.New(rand.NewPCG(seed, 1))
	f := parley.EventFilter{First: parley.MaxPage}
	for range samplePages {
		page, err := s.Events(ctx, f)
		if err != nil {
			return nil, nil, fmt.Errorf("sample events: %w", err)
		}
		for _, ev := range page.Events {
			people = append(people, ev.Participants...)
			if ev.Type.IsContact() && ev.Status == parley.Occurred && len(ev.Participants) >= 2 {
				pairs = append(pairs, [2]string{ev.Participants[0], ev.Participants[1]})
			}
		}
		if !page.HasNext {
			break
		}
		// Jump ahead a little so the sample spans the timeline.
		skip := parley.EventFilter{First: 1 + rng.IntN(parley.MaxPage), After: page.Cursors[len(page.Cursors)-1]}
		next, err := s.Events(ctx, skip)
		if err != nil {
			return nil, nil, fmt.Errorf("sample events: %w", err)
		}
		if !next.HasNext {
			break
		}
		f.After = next.Cursors[len(next.Cursors)-1]
	}
	if len(pairs) == 0 {
		return nil, nil, fmt.Errorf("sample events: the store holds no occurred contact")
	}
	return people, pairs, nil
}

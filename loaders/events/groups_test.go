package events_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/loaders"
)

func TestGroupsAndCompanions(t *testing.T) {
	runContactTests(t, []contactTest{
		{"joined by, with a gapped second clause",
			"Emmanuel Macron met Olaf Scholz in Berlin on Tuesday. Macron was joined by Foreign Minister Catherine Colonna, and Scholz by Foreign Minister Annalena Baerbock.",
			[]string{"meeting occurred [Annalena Baerbock, Catherine Colonna, Emmanuel Macron, Olaf Scholz] absent[] 2024-03-12..2024-03-12 @Berlin"}},
		{"leaders of countries stand for the people named with those roles",
			"Emmanuel Macron received the leaders of Germany and Italy in Paris on Tuesday. German Chancellor Olaf Scholz and Italian Prime Minister Giorgia Meloni later flew home.",
			[]string{"meeting occurred [Emmanuel Macron, Germany, Giorgia Meloni, Italy, Olaf Scholz] absent[] 2024-03-12..2024-03-12 @Paris"}},
		{"demonym negotiators stand for the heads of their delegations",
			"Armenian and Azerbaijani negotiators met in Brussels on Monday. The Armenian delegation was led by Foreign Minister Ararat Mirzoyan and the Azerbaijani side by Foreign Minister Jeyhun Bayramov.",
			[]string{"meeting occurred [Ararat Mirzoyan, Armenia, Azerbaijan, Jeyhun Bayramov] absent[] 2024-03-11..2024-03-11 @Brussels"}},
		{"a subject after a subordinating after",
			"Tensions eased after Antony Blinken held talks with Wang Yi in Jakarta on Thursday.",
			[]string{"meeting occurred [Antony Blinken, Wang Yi] absent[] 2024-03-14..2024-03-14 @Jakarta"}},
		{"an elided earlier event",
			"Joe Biden held a summit with Vladimir Putin in Helsinki on Wednesday, his second summit with Putin; the first took place in Geneva in June 2021.",
			[]string{"summit occurred [Joe Biden, Vladimir Putin] absent[] 2024-03-13..2024-03-13 @Helsinki",
				"summit occurred [Joe Biden, Vladimir Putin] absent[] 2021-06-01..2021-06-30 @Geneva"}},
		{"a participle adds its agent to the event of the sentence",
			"The meeting between Olaf Scholz and Emmanuel Macron in Paris on Tuesday, chaired by Ursula von der Leyen, lasted two hours.",
			[]string{"meeting occurred [Emmanuel Macron, Olaf Scholz, Ursula von der Leyen] absent[] 2024-03-12..2024-03-12 @Paris"}},
		{"a meeting between names has no other subject",
			"Olaf Scholz said a meeting between Vladimir Putin and Volodymyr Zelensky in Istanbul on Tuesday was over.",
			[]string{"meeting occurred [Vladimir Putin, Volodymyr Zelenskyy] absent[] 2024-03-12..2024-03-12 @Istanbul"}},
		{"a comma list needs its and",
			"As Olaf Scholz sat down with Emmanuel Macron in Paris on Tuesday, Japanese Prime Minister Fumio Kishida made a trip to Kyiv.",
			[]string{"meeting occurred [Emmanuel Macron, Olaf Scholz] absent[] 2024-03-12..2024-03-12 @Paris",
				"visit occurred [Fumio Kishida, Ukraine] absent[] 2024-03-12..2024-03-12 @Kyiv"}},
		{"a fronted phrase's event includes the main clause's subject",
			"On Monday, after a meeting in Vilnius with Jens Stoltenberg and Swedish Prime Minister Ulf Kristersson, Turkish President Recep Tayyip Erdoğan agreed to drop his veto.",
			[]string{"meeting occurred [Jens Stoltenberg, Recep Tayyip Erdoğan, Ulf Kristersson] absent[] 2024-03-11..2024-03-11 @Vilnius"}},
		{"a short description before a listed name",
			"Olaf Scholz met Joe Biden and his national security adviser Jake Sullivan in Berlin on Friday.",
			[]string{"meeting occurred [Jake Sullivan, Joe Biden, Olaf Scholz] absent[] 2024-03-15..2024-03-15 @Berlin"}},
		{"a session of a body",
			"Wendy Sherman held talks with Sergei Ryabkov in Geneva on Monday, and a session of the NATO-Russia Council followed in Brussels on Wednesday.",
			[]string{"meeting occurred [Sergei Ryabkov, Wendy Sherman] absent[] 2024-03-11..2024-03-11 @Geneva"}},
		{"a dependent clause takes the date of its head",
			"Olaf Scholz and Chinese leader Xi Jinping agreed on Wednesday to cooperate on trade, after four hours of talks at a lakeside estate.",
			[]string{"meeting occurred [Olaf Scholz, Xi Jinping] absent[] 2024-03-13..2024-03-13 @"}},
	})
}

func TestLocations(t *testing.T) {
	runContactTests(t, []contactTest{
		{"a relative where names the place",
			"Fumio Kishida made a trip to Kyiv, where he met Volodymyr Zelensky on Tuesday and laid flowers in Bucha.",
			[]string{"visit occurred [Fumio Kishida, Ukraine] absent[] .. @Kyiv",
				"meeting occurred [Fumio Kishida, Volodymyr Zelenskyy] absent[] 2024-03-12..2024-03-12 @Kyiv"}},
		{"a place after the head noun of a locative",
			"Emmanuel Macron met Xi Jinping in the southern city of Guangzhou on Friday.",
			[]string{"meeting occurred [Emmanuel Macron, Xi Jinping] absent[] 2024-03-15..2024-03-15 @Guangzhou"}},
		{"a possessor is not a place and the dateline wins over another clause's place",
			"GENEVA — Antony Blinken met Sergei Lavrov on Friday as the talks turned to Moscow's forces in Ukraine.",
			[]string{"meeting occurred [Antony Blinken, Sergey Lavrov] absent[] 2024-03-15..2024-03-15 @Geneva"}},
		{"the dateline city for its region",
			"ANCHORAGE, Alaska — Joe Biden met Fumio Kishida at a military base in Alaska on Friday.",
			[]string{"meeting occurred [Fumio Kishida, Joe Biden] absent[] 2024-03-15..2024-03-15 @Anchorage"}},
		{"a pledge to a city is not a place",
			"Joe Biden met Olaf Scholz on Wednesday, and the allies pledged more help to Kyiv.",
			[]string{"meeting occurred [Joe Biden, Olaf Scholz] absent[] 2024-03-13..2024-03-13 @"}},
		{"calls have no dateline place",
			"WASHINGTON — Joe Biden spoke by phone with Emmanuel Macron on Thursday.",
			[]string{"call occurred [Emmanuel Macron, Joe Biden] absent[] 2024-03-14..2024-03-14 @"}},
	})
}

// otherEvents runs the real pipeline on body and returns its statements and agreements,
// each summarised as "type [participants] speaker: quote".
func otherEvents(t *testing.T, body string) []string {
	t.Helper()
	pipelineOnce.Do(func() { pipeline, pipelineErr = loaders.NewPipeline() })
	if pipelineErr != nil {
		t.Fatalf("new pipeline: %v", pipelineErr)
	}
	x := pipeline.Extract(&parley.Article{ID: "a", Published: published, Body: body})
	names := map[string]string{}
	for _, e := range x.Entities {
		names[e.ID] = e.Name
	}
	var got []string
	for _, ev := range x.Events {
		if ev.Type.IsContact() {
			continue
		}
		var ps []string
		for _, id := range ev.Participants {
			ps = append(ps, names[id])
		}
		slices.Sort(ps)
		got = append(got, string(ev.Type)+" ["+strings.Join(ps, ", ")+"] "+names[ev.Speaker]+": "+ev.Quote)
	}
	return got
}

func TestStatementsAndAgreements(t *testing.T) {
	tests := []struct {
		name, body string
		want       []string
	}{
		{"quote before the speaker",
			"“We will not give up our land,” Volodymyr Zelensky said on Tuesday.",
			[]string{"statement [Volodymyr Zelenskyy] Volodymyr Zelenskyy: We will not give up our land"}},
		{"speaker before the quote",
			"Olaf Scholz described the talks as “open and constructive.”",
			[]string{"statement [Olaf Scholz] Olaf Scholz: open and constructive."}},
		{"signing with a partner is an agreement between the parties",
			"Antony Blinken signed the accord with Sergei Lavrov in Geneva on Friday.",
			[]string{"agreement [Antony Blinken, Sergey Lavrov] : "}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := otherEvents(t, tt.body); !slices.Equal(got, tt.want) {
				t.Errorf("%s\ngot  %q\nwant %q", tt.body, got, tt.want)
			}
		})
	}
}

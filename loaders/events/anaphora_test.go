package events_test

import "testing"

func TestPronounAgreement(t *testing.T) {
	runContactTests(t, []contactTest{
		{"he skips a woman named last",
			"Olaf Scholz arrived in London on Monday. On Tuesday he held talks with Prime Minister Theresa May, and on Wednesday he met King Charles III.",
			[]string{"visit occurred [Olaf Scholz, United Kingdom] absent[] 2024-03-11..2024-03-11 @London",
				"meeting occurred [Olaf Scholz, Theresa May] absent[] 2024-03-12..2024-03-12 @",
				"meeting occurred [Charles III, Olaf Scholz] absent[] 2024-03-13..2024-03-13 @"}},
		{"his prefers the subject over the object",
			"Antony Blinken laid the groundwork when he met Wang Yi in Beijing on Monday, on his first trip to China.",
			[]string{"meeting occurred [Antony Blinken, Wang Yi] absent[] 2024-03-11..2024-03-11 @Beijing",
				"visit occurred [Antony Blinken, China] absent[] 2024-03-11..2024-03-11 @China"}},
		{"a sentence-initial subject before a parenthetical",
			"Emmanuel Macron met Vladimir Putin in Moscow on Monday. Olaf Scholz, for his part, was in Washington on Monday, where he was received by Joe Biden.",
			[]string{"meeting occurred [Emmanuel Macron, Vladimir Putin] absent[] 2024-03-11..2024-03-11 @Moscow",
				"meeting occurred [Joe Biden, Olaf Scholz] absent[] 2024-03-11..2024-03-11 @Washington"}},
		{"him is the person the subject's relative clause names",
			"Olaf Scholz met Pekka Haavisto in Berlin on Monday. Sauli Niinistö, who kept up a personal channel to Vladimir Putin for years, hosted him for talks in Helsinki in August 2019.",
			[]string{"meeting occurred [Olaf Scholz, Pekka Haavisto] absent[] 2024-03-11..2024-03-11 @Berlin",
				"meeting occurred [Sauli Niinistö, Vladimir Putin] absent[] 2019-08-01..2019-08-31 @Helsinki"}},
		{"him with only the subject named is the discourse's salient man",
			"Olaf Scholz arrived in Helsinki on Monday. Sauli Niinistö hosted him for talks.",
			[]string{"visit occurred [Finland, Olaf Scholz] absent[] 2024-03-11..2024-03-11 @Helsinki",
				"meeting occurred [Olaf Scholz, Sauli Niinistö] absent[] 2024-03-11..2024-03-11 @"}},
	})
}

func TestPossessorOpensTheStory(t *testing.T) {
	runContactTests(t, []contactTest{
		{"he after a sentence opened by a man's possessive is that man",
			"Antony Blinken met Sergey Lavrov in Geneva on Monday. Lavrov, for his part, rejected the accusations. Blinken's schedule was rewritten at short notice. Last week he made a trip to Baghdad, meeting Prime Minister Mohammed Shia al-Sudani there on March 7.",
			[]string{"meeting occurred [Antony Blinken, Sergey Lavrov] absent[] 2024-03-11..2024-03-11 @Geneva",
				"visit occurred [Antony Blinken, Iraq] absent[] 2024-03-04..2024-03-10 @Baghdad",
				"meeting occurred [Antony Blinken, Mohammed Shia al-Sudani] absent[] 2024-03-04..2024-03-10 @Baghdad"}},
	})
}

func TestPronounSkipsRelativeAside(t *testing.T) {
	runContactTests(t, []contactTest{
		{"he is the sentence's subject, not the subject of a whom clause",
			"Rishi Sunak met Joe Biden in Bali on Wednesday. Boris Johnson, whom Sunak served as finance minister, travelled to Kyiv three times while in office, the first in April, when he and Volodymyr Zelensky walked through the city centre together.",
			[]string{"meeting occurred [Joe Biden, Rishi Sunak] absent[] 2024-03-13..2024-03-13 @Bali",
				"meeting occurred [Boris Johnson, Volodymyr Zelenskyy] absent[] 2023-04-01..2023-04-30 @Kyiv"}},
	})
}

func TestPluralAnaphors(t *testing.T) {
	runContactTests(t, []contactTest{
		{"the two presidents are not a president and a prime minister",
			"Joe Biden and Russian President Vladimir Putin met in Geneva on Wednesday. Biden then held talks with Prime Minister Rishi Sunak in London on Thursday. The two presidents had met before, in Rome in October 2021.",
			[]string{"meeting occurred [Joe Biden, Vladimir Putin] absent[] 2024-03-13..2024-03-13 @Geneva",
				"meeting occurred [Joe Biden, Rishi Sunak] absent[] 2024-03-14..2024-03-14 @London",
				"meeting occurred [Joe Biden, Vladimir Putin] absent[] 2021-10-01..2021-10-31 @Rome"}},
		{"the two includes the person the sentence names",
			"Emmanuel Macron met Olaf Scholz in Berlin on Monday. Xi Jinping met Vladimir Putin in Moscow on Tuesday. Macron proposed the meeting when the two spoke by phone in January.",
			[]string{"meeting occurred [Emmanuel Macron, Olaf Scholz] absent[] 2024-03-11..2024-03-11 @Berlin",
				"meeting occurred [Vladimir Putin, Xi Jinping] absent[] 2024-03-12..2024-03-12 @Moscow",
				"call occurred [Emmanuel Macron, Olaf Scholz] absent[] 2024-01-01..2024-01-31 @"}},
		{"the two men are the pair of a contact told earlier in the same sentence",
			"Vladimir Putin arrived in Helsinki on Sunday. Sauli Niinistö held talks with Vladimir Putin on Monday. On Tuesday he sat with Joe Biden in the Oval Office, and the two men telephoned Magdalena Andersson together.",
			[]string{"visit occurred [Finland, Vladimir Putin] absent[] 2024-03-10..2024-03-10 @Helsinki",
				"meeting occurred [Sauli Niinistö, Vladimir Putin] absent[] 2024-03-11..2024-03-11 @",
				"meeting occurred [Joe Biden, Sauli Niinistö] absent[] 2024-03-12..2024-03-12 @Washington",
				"call occurred [Joe Biden, Magdalena Andersson, Sauli Niinistö] absent[] 2024-03-12..2024-03-12 @Washington"}},
		{"the two right after a meeting are its pair, not the subjects' call before it",
			"Joe Biden spoke by telephone with Xi Jinping on Friday. Xi later wrote that the two had expressed their political will. On Thursday, Antony Blinken met Wang Yi, the highest-level meeting between the two governments in years. The two spoke privately for about half an hour at the Geneva talks.",
			[]string{"call occurred [Joe Biden, Xi Jinping] absent[] 2024-03-15..2024-03-15 @",
				"meeting occurred [Antony Blinken, Wang Yi] absent[] 2024-03-14..2024-03-14 @Geneva"}},
	})
}

func TestDescriptions(t *testing.T) {
	runContactTests(t, []contactTest{
		{"the Kremlin leader is the president named with no country",
			"Antony Blinken met Foreign Minister Sergey Lavrov of Russia on Monday. A summit between Joe Biden and President Vladimir Putin could follow. Biden proposed it when he telephoned the Kremlin leader in January.",
			[]string{"meeting occurred [Antony Blinken, Sergey Lavrov] absent[] 2024-03-11..2024-03-11 @",
				"summit hypothetical [Joe Biden, Vladimir Putin] absent[] 2024-03-11..2024-03-11 @",
				"call occurred [Joe Biden, Vladimir Putin] absent[] 2024-01-01..2024-01-31 @"}},
		{"a guest who sat in on the meeting joins the one that happened",
			"Keir Starmer met Donald Trump in Washington on Thursday. Trump said he expects to meet the Russian leader, President Vladimir Putin, at some point. Vice President JD Vance, who sat in on the meeting, spoke of free speech.",
			[]string{"meeting occurred [Donald Trump, JD Vance, Keir Starmer] absent[] 2024-03-14..2024-03-14 @Washington",
				"meeting planned [Donald Trump, Vladimir Putin] absent[] 2024-03-14..2024-03-14 @"}},
		{"the Russian leader is the person named with a Russian office",
			"Russian President Vladimir Putin arrived in Paris on Monday. On Tuesday, Olaf Scholz had talks with the Russian leader.",
			[]string{"visit occurred [France, Vladimir Putin] absent[] 2024-03-11..2024-03-11 @Paris",
				"meeting occurred [Olaf Scholz, Vladimir Putin] absent[] 2024-03-12..2024-03-12 @"}},
		{"a later appearance of the same people is the same event",
			"Joe Biden hosted Fumio Kishida and Yoon Suk Yeol for a summit at Camp David on Friday. After their talks, the three leaders appeared together before reporters.",
			[]string{"summit occurred [Fumio Kishida, Joe Biden, Yoon Suk Yeol] absent[] 2024-03-15..2024-03-15 @Camp David"}},
	})
}

func TestSurnames(t *testing.T) {
	runContactTests(t, []contactTest{
		{"a surname goes to the named person in office, not the latest named",
			"North Korean leader Kim Jong Un met Vladimir Putin in Vladivostok on Monday. His father, Kim Jong Il, had visited Russia in 2011. On Tuesday, Kim met Sergei Shoigu in Vladivostok.",
			[]string{"meeting occurred [Kim Jong Un, Vladimir Putin] absent[] 2024-03-11..2024-03-11 @Vladivostok",
				"visit occurred [Kim Jong Il, Russia] absent[] 2011-01-01..2011-12-31 @Russia",
				"meeting occurred [Kim Jong Un, Sergei Shoigu] absent[] 2024-03-12..2024-03-12 @Vladivostok"}},
		{"a month is not a surname",
			"Theresa May met Olaf Scholz in London in 2019. Scholz met Joe Biden in Berlin in May.",
			[]string{"meeting occurred [Olaf Scholz, Theresa May] absent[] 2019-01-01..2019-12-31 @London",
				"meeting occurred [Joe Biden, Olaf Scholz] absent[] 2023-05-01..2023-05-31 @Berlin"}},
	})
}

func TestDelegationAnaphor(t *testing.T) {
	runContactTests(t, []contactTest{
		{"they after a delegation its leader led",
			"Joe Biden met Xi Jinping in Bali on Monday. On Tuesday Biden led a delegation of governors to Moscow, where they met Vladimir Putin.",
			[]string{"meeting occurred [Joe Biden, Xi Jinping] absent[] 2024-03-11..2024-03-11 @Bali",
				"meeting occurred [Joe Biden, Vladimir Putin] absent[] 2024-03-12..2024-03-12 @Moscow"}},
		{"the two men: the person named and the discourse's subject",
			"Joe Biden landed in Beijing on Monday. Xi Jinping was waiting at the airport and the two men embraced.",
			[]string{"meeting occurred [Joe Biden, Xi Jinping] absent[] 2024-03-11..2024-03-11 @"}},
	})
}

func TestHostOfTheTalks(t *testing.T) {
	runContactTests(t, []contactTest{
		{"the host of the talks told before, with a companion",
			"Olaf Scholz and Giorgia Meloni held talks in Paris on Monday. French President Emmanuel Macron hosted the talks, joined by Spanish Prime Minister Pedro Sanchez, at the Elysee.",
			[]string{"meeting occurred [Emmanuel Macron, Giorgia Meloni, Olaf Scholz, Pedro Sánchez] absent[] 2024-03-11..2024-03-11 @Paris"}},
		{"a relative clause names the host",
			"Olaf Scholz and Giorgia Meloni held talks in Paris on Monday. French President Emmanuel Macron, who hosted the talks, said afterwards that they had gone well.",
			[]string{"meeting occurred [Emmanuel Macron, Giorgia Meloni, Olaf Scholz] absent[] 2024-03-11..2024-03-11 @Paris"}},
		{"the chair of the meeting",
			"Olaf Scholz and Giorgia Meloni met in Rome on Tuesday. Pedro Sanchez chaired the meeting.",
			[]string{"meeting occurred [Giorgia Meloni, Olaf Scholz, Pedro Sánchez] absent[] 2024-03-12..2024-03-12 @Rome"}},
		{"a companion of the host, before an apposition and a later contact of the sentence",
			"Olaf Scholz and Giorgia Meloni held talks in Paris on Monday.\n\nFrench President Emmanuel Macron hosted the talks, joined by Spanish Prime Minister Pedro Sanchez, at the Elysee, the first such gathering since May 2019, when Scholz and Meloni met in Rome.",
			[]string{"meeting occurred [Emmanuel Macron, Giorgia Meloni, Olaf Scholz, Pedro Sánchez] absent[] 2024-03-11..2024-03-11 @Paris",
				"meeting occurred [Giorgia Meloni, Olaf Scholz] absent[] 2019-05-01..2019-05-31 @Rome"}},
		{"a host of a contact that did not happen adds no one",
			"Olaf Scholz and Giorgia Meloni did not meet in Rome on Tuesday. Pedro Sanchez would have hosted the talks.",
			nil},
	})
}

package events_test

import "testing"

func TestContactVerbs(t *testing.T) {
	runContactTests(t, []contactTest{
		{"spoke face to face",
			"Joe Biden and Xi Jinping spoke face to face in Lima on Monday.",
			[]string{"meeting occurred [Joe Biden, Xi Jinping] absent[] 2024-03-11..2024-03-11 @Lima"}},
		{"spoke, with a manner adverb, on the margins",
			"Narendra Modi and Xi Jinping also spoke briefly on the margins of the summit on Thursday.",
			[]string{"meeting occurred [Narendra Modi, Xi Jinping] absent[] 2024-03-14..2024-03-14 @"}},
		{"two subjects came face to face",
			"Joe Biden and Xi Jinping finally came face to face in Lima on Monday.",
			[]string{"meeting occurred [Joe Biden, Xi Jinping] absent[] 2024-03-11..2024-03-11 @Lima"}},
		{"came face to face with",
			"Olaf Scholz came face to face with Vladimir Putin in Moscow on Tuesday.",
			[]string{"meeting occurred [Olaf Scholz, Vladimir Putin] absent[] 2024-03-12..2024-03-12 @Moscow"}},
		{"had seen someone",
			"Emmanuel Macron had already seen Olaf Scholz in Berlin on Monday.",
			[]string{"meeting occurred [Emmanuel Macron, Olaf Scholz] absent[] 2024-03-11..2024-03-11 @Berlin"}},
		{"saw an idea is no meeting",
			"Emmanuel Macron saw an opening in Berlin on Monday.",
			nil},
		{"took someone to lunch",
			"Fumio Kishida took Joe Biden to lunch in Tokyo on Tuesday.",
			[]string{"meeting occurred [Fumio Kishida, Joe Biden] absent[] 2024-03-12..2024-03-12 @Tokyo"}},
		{"handed someone a letter",
			"Olaf Scholz handed Joe Biden a letter in Washington on Wednesday.",
			[]string{"meeting occurred [Joe Biden, Olaf Scholz] absent[] 2024-03-13..2024-03-13 @Washington"}},
		{"gave a banquet for",
			"Xi Jinping gave a banquet for Emmanuel Macron in Beijing on Monday.",
			[]string{"meeting occurred [Emmanuel Macron, Xi Jinping] absent[] 2024-03-11..2024-03-11 @Beijing"}},
		{"dined, with no partner after it",
			"Joe Biden and Emmanuel Macron dined in Paris on Monday.",
			[]string{"meeting occurred [Emmanuel Macron, Joe Biden] absent[] 2024-03-11..2024-03-11 @Paris"}},
		{"appeared together",
			"Narendra Modi and Joe Biden appeared together in Washington on Thursday.",
			[]string{"meeting occurred [Joe Biden, Narendra Modi] absent[] 2024-03-14..2024-03-14 @Washington"}},
		{"paid a courtesy call on",
			"Joe Biden paid a courtesy call on King Charles III in London on Monday.",
			[]string{"meeting occurred [Charles III, Joe Biden] absent[] 2024-03-11..2024-03-11 @London"}},
		{"spoke by video link",
			"Joe Biden and Xi Jinping spoke by video link on Monday.",
			[]string{"call occurred [Joe Biden, Xi Jinping] absent[] 2024-03-11..2024-03-11 @"}},
		{"had spoken by telephone",
			"Olaf Scholz and Emmanuel Macron had spoken by telephone on Tuesday.",
			[]string{"call occurred [Emmanuel Macron, Olaf Scholz] absent[] 2024-03-12..2024-03-12 @"}},
		{"the four leaders",
			"Olaf Scholz, Emmanuel Macron, Vladimir Putin and Volodymyr Zelensky met in Minsk on Monday. The four leaders then held a telephone conversation on Wednesday.",
			[]string{"meeting occurred [Emmanuel Macron, Olaf Scholz, Vladimir Putin, Volodymyr Zelenskyy] absent[] 2024-03-11..2024-03-11 @Minsk",
				"call occurred [Emmanuel Macron, Olaf Scholz, Vladimir Putin, Volodymyr Zelenskyy] absent[] 2024-03-13..2024-03-13 @"}},
	})
}

func TestMeetingPhrases(t *testing.T) {
	runContactTests(t, []contactTest{
		{"spent hours alone",
			"Joe Biden and Xi Jinping spent more than three hours alone in Bali on Monday.",
			[]string{"meeting occurred [Joe Biden, Xi Jinping] absent[] 2024-03-11..2024-03-11 @Bali"}},
		{"talked for hours",
			"Emmanuel Macron and Olaf Scholz talked for more than four hours in Berlin on Monday.",
			[]string{"meeting occurred [Emmanuel Macron, Olaf Scholz] absent[] 2024-03-11..2024-03-11 @Berlin"}},
		{"exchanged a few words at a gathering",
			"Joe Biden and Xi Jinping exchanged a few words at a regional gathering in Lima, Peru, in November 2023.",
			[]string{"meeting occurred [Joe Biden, Xi Jinping] absent[] 2023-11-01..2023-11-30 @Lima"}},
		{"had dinner with",
			"Olaf Scholz had dinner with Emmanuel Macron in Paris on Tuesday.",
			[]string{"meeting occurred [Emmanuel Macron, Olaf Scholz] absent[] 2024-03-12..2024-03-12 @Paris"}},
		{"since hosting him",
			"Emmanuel Macron has courted Narendra Modi since hosting him in Paris in July 2023.",
			[]string{"meeting occurred [Emmanuel Macron, Narendra Modi] absent[] 2023-07-01..2023-07-31 @Paris"}},
		{"a handshake after a relative clause with another date",
			"Joe Biden met Xi Jinping in Bali in November 2022. The two leaders, who first met in Bali in November 2022, renewed their ties on Wednesday with a handshake in San Francisco.",
			[]string{"meeting occurred [Joe Biden, Xi Jinping] absent[] 2022-11-01..2022-11-30 @Bali",
				"meeting occurred [Joe Biden, Xi Jinping] absent[] 2024-03-13..2024-03-13 @San Francisco"}},
	})
}

func TestEmbraceAndSigningPhrases(t *testing.T) {
	runContactTests(t, []contactTest{
		{"embraced",
			"Joe Biden and Xi Jinping embraced in Bali on Monday.",
			[]string{"meeting occurred [Joe Biden, Xi Jinping] absent[] 2024-03-11..2024-03-11 @Bali"}},
		{"clasped hands",
			"Joe Biden and Xi Jinping clasped hands in Bali on Monday.",
			[]string{"meeting occurred [Joe Biden, Xi Jinping] absent[] 2024-03-11..2024-03-11 @Bali"}},
		{"stood alongside",
			"Olaf Scholz stood alongside Emmanuel Macron in Paris on Tuesday.",
			[]string{"meeting occurred [Emmanuel Macron, Olaf Scholz] absent[] 2024-03-12..2024-03-12 @Paris"}},
		{"flanked by",
			"Olaf Scholz spoke in Paris on Tuesday, flanked by Emmanuel Macron.",
			[]string{"meeting occurred [Emmanuel Macron, Olaf Scholz] absent[] 2024-03-12..2024-03-12 @Paris"}},
		{"co-signers met",
			"Joe Biden and Xi Jinping signed an accord in Bali on Monday.",
			[]string{"meeting occurred [Joe Biden, Xi Jinping] absent[] 2024-03-11..2024-03-11 @Bali"}},
		{"put their signatures to",
			"Joe Biden and Xi Jinping put their signatures to the accord in Bali on Monday.",
			[]string{"meeting occurred [Joe Biden, Xi Jinping] absent[] 2024-03-11..2024-03-11 @Bali"}},
		{"a country signing is no meeting",
			"Japan signed an accord in Bali on Monday.",
			nil},
		{"a description with a body in apposition",
			"Joe Biden and the commander of the NATO forces, Xi Jinping, signed an accord in Bali on Monday.",
			[]string{"meeting occurred [Joe Biden, Xi Jinping] absent[] 2024-03-11..2024-03-11 @Bali"}},
	})
}

func TestCalledOn(t *testing.T) {
	runContactTests(t, []contactTest{
		{"called on a person is a courtesy visit",
			"On Monday External Affairs Minister Sushma Swaraj, in Islamabad for a conference, called on Nawaz Sharif, and the two governments announced talks.",
			[]string{"meeting occurred [Nawaz Sharif, Sushma Swaraj] absent[] 2024-03-11..2024-03-11 @Islamabad"}},
		{"called on a person at a place",
			"On Tuesday Joe Biden called on Emperor Naruhito at the Imperial Palace.",
			[]string{"meeting occurred [Joe Biden, Naruhito] absent[] 2024-03-12..2024-03-12 @Imperial Palace"}},
		{"called on a governor-general",
			"On Tuesday Anthony Albanese called on Governor-General Sam Mostyn in Canberra.",
			[]string{"meeting occurred [Anthony Albanese, Sam Mostyn] absent[] 2024-03-12..2024-03-12 @Canberra"}},
		{"called on a governor general, written without a hyphen",
			"Justin Trudeau called on Governor General Mary Simon in Ottawa on Monday.",
			[]string{"meeting occurred [Justin Trudeau, Mary Simon] absent[] 2024-03-11..2024-03-11 @Ottawa"}},
		{"called on a person to act is no contact",
			"On Tuesday Joe Biden called on Vladimir Putin to withdraw his troops.",
			nil},
		{"called on a list of people to act is no contact",
			"On Tuesday Joe Biden called on Vladimir Putin, Xi Jinping and Narendra Modi to act.",
			nil},
	})
}

func TestWithVerbTopic(t *testing.T) {
	runContactTests(t, []contactTest{
		{"a country as the topic before with",
			"Vladimir Putin discussed Syria with Recep Tayyip Erdogan in Sochi on Monday.",
			[]string{"meeting occurred [Recep Tayyip Erdoğan, Vladimir Putin] absent[] 2024-03-11..2024-03-11 @Sochi"}},
		{"an organization as the topic before with",
			"Olaf Scholz discussed NATO with Giorgia Meloni in Rome on Tuesday.",
			[]string{"meeting occurred [Giorgia Meloni, Olaf Scholz] absent[] 2024-03-12..2024-03-12 @Rome"}},
		{"a person's possessive before with is no topic",
			"Olaf Scholz discussed Joe Biden's plan with reporters in Rome on Tuesday.",
			nil},
		{"a duration between the verb and its with",
			"Barack Obama spent about 90 minutes with Russian President Vladimir Putin in Hangzhou on Monday.",
			[]string{"meeting occurred [Barack Obama, Vladimir Putin] absent[] 2024-03-11..2024-03-11 @Hangzhou"}},
		{"a date between the verb and its with still blocks",
			"Barack Obama spent Monday with his family before he left Hangzhou.",
			nil},
		{"they after where are the travellers, not the person they went to see",
			"Emmanuel Macron and Olaf Scholz flew to Kyiv on Thursday to see Volodymyr Zelensky and went on to Moscow the next day, where they spent several hours with Vladimir Putin.",
			[]string{"meeting occurred [Emmanuel Macron, Olaf Scholz] absent[] 2024-03-14..2024-03-14 @Kyiv", // flew together
				"meeting occurred [Emmanuel Macron, Olaf Scholz, Volodymyr Zelenskyy] absent[] 2024-03-14..2024-03-14 @Kyiv",
				"meeting occurred [Emmanuel Macron, Olaf Scholz, Vladimir Putin] absent[] 2024-03-15..2024-03-15 @Kyiv"}}, // the place: a known miss
		{"the partner's trip in a relative clause dates the contact",
			"Olaf Scholz met Emmanuel Macron in Paris on Thursday. Scholz also discussed Ukraine with Giorgia Meloni, who flew to Berlin on Tuesday for talks at the chancellery.",
			[]string{"meeting occurred [Emmanuel Macron, Olaf Scholz] absent[] 2024-03-14..2024-03-14 @Paris",
				"meeting occurred [Giorgia Meloni, Olaf Scholz] absent[] 2024-03-12..2024-03-12 @Berlin",
				"visit occurred [Germany, Giorgia Meloni] absent[] 2024-03-12..2024-03-12 @Berlin"}},
	})
}

func TestOversawTheSigning(t *testing.T) {
	runContactTests(t, []contactTest{
		{"oversaw the signing, with a possessive description in apposition",
			"In Dubai on Friday, Emmanuel Macron and Abu Dhabi's crown prince, Sheikh Mohammed bin Zayed Al Nahyan, oversaw the signing of a contract for fighter jets.",
			[]string{"meeting occurred [Emmanuel Macron, Mohamed bin Zayed Al Nahyan] absent[] 2024-03-15..2024-03-15 @Dubai"}},
		{"witnessed the signing",
			"Emmanuel Macron and Olaf Scholz witnessed the signing of six agreements in Paris on Friday.",
			[]string{"meeting occurred [Emmanuel Macron, Olaf Scholz] absent[] 2024-03-15..2024-03-15 @Paris"}},
		{"presided over the signing",
			"Emmanuel Macron and Olaf Scholz presided over the signing of six agreements in Paris on Friday.",
			[]string{"meeting occurred [Emmanuel Macron, Olaf Scholz] absent[] 2024-03-15..2024-03-15 @Paris"}},
		{"one person overseeing a signing meets no one",
			"Emmanuel Macron oversaw the signing of six contracts in Paris on Friday.",
			nil},
	})
}

package events_test

import "testing"

func TestParticipants(t *testing.T) {
	runContactTests(t, []contactTest{
		{"coordinated subjects", "Emmanuel Macron and Olaf Scholz met in Berlin on Tuesday.",
			[]string{"meeting occurred [Emmanuel Macron, Olaf Scholz] absent[] 2024-03-12..2024-03-12 @Berlin"}},
		{"a possessive name in apposition is no subject",
			"Jared Kushner, President Donald Trump's son-in-law and adviser, who visited Emmanuel Macron in Paris on Tuesday, said nothing.",
			[]string{"meeting occurred [Emmanuel Macron, Jared Kushner] absent[] 2024-03-12..2024-03-12 @Paris"}},
		{"a former title after and",
			"In December 2019, President Moon Jae-in, Prime Minister Shinzo Abe and then Premier Li Keqiang gathered in Chengdu.",
			[]string{"meeting occurred [Li Keqiang, Moon Jae-in, Shinzo Abe] absent[] 2019-12-01..2019-12-31 @Chengdu"}},
		{"a pronoun and a name closed by a description",
			"Olaf Scholz landed in Paris on Tuesday. He and Annalena Baerbock, the foreign minister, were greeted by Emmanuel Macron on Tuesday afternoon.",
			[]string{"meeting occurred [Annalena Baerbock, Emmanuel Macron, Olaf Scholz] absent[] 2024-03-12..2024-03-12 @"}},
		{"appositive subjects", "The two countries' leaders, Emmanuel Macron and Olaf Scholz, met in Berlin on Tuesday.",
			[]string{"meeting occurred [Emmanuel Macron, Olaf Scholz] absent[] 2024-03-12..2024-03-12 @Berlin"}},
		{"possessive appositive object", "Antony Blinken met China's top diplomat, Wang Yi, on Thursday.",
			[]string{"meeting occurred [Antony Blinken, Wang Yi] absent[] 2024-03-14..2024-03-14 @"}},
		{"hosted at a place", "Emmanuel Macron hosted Olaf Scholz at the Elysee Palace in Paris on Wednesday.",
			[]string{"meeting occurred [Emmanuel Macron, Olaf Scholz] absent[] 2024-03-13..2024-03-13 @Paris"}},
		{"held talks with", "Olaf Scholz held talks with Emmanuel Macron in Paris on Wednesday.",
			[]string{"meeting occurred [Emmanuel Macron, Olaf Scholz] absent[] 2024-03-13..2024-03-13 @Paris"}},
		{"noun with between", "A meeting between Emmanuel Macron and Olaf Scholz ended without agreement on Wednesday.",
			[]string{"meeting occurred [Emmanuel Macron, Olaf Scholz] absent[] 2024-03-13..2024-03-13 @"}},
		{"noun modified by as-phrase", "Emmanuel Macron and Olaf Scholz held their first meeting as leaders on Monday.",
			[]string{"meeting occurred [Emmanuel Macron, Olaf Scholz] absent[] 2024-03-11..2024-03-11 @"}},
		{"verb with a later with", "Olaf Scholz discussed the proposal with Emmanuel Macron in Paris on Wednesday.",
			[]string{"meeting occurred [Emmanuel Macron, Olaf Scholz] absent[] 2024-03-13..2024-03-13 @Paris"}},
		{"relative clause and coordinated verbs",
			"It was a success for Chancellor Olaf Scholz, who visited Paris on Monday and met Emmanuel Macron.",
			[]string{"visit occurred [France, Olaf Scholz] absent[] 2024-03-11..2024-03-11 @Paris",
				"meeting occurred [Emmanuel Macron, Olaf Scholz] absent[] 2024-03-11..2024-03-11 @Paris"}},
		{"plural anaphor", "Emmanuel Macron met Olaf Scholz in Berlin on Tuesday. On Wednesday the two leaders met Giorgia Meloni in Rome.",
			[]string{"meeting occurred [Emmanuel Macron, Olaf Scholz] absent[] 2024-03-12..2024-03-12 @Berlin",
				"meeting occurred [Emmanuel Macron, Giorgia Meloni, Olaf Scholz] absent[] 2024-03-13..2024-03-13 @Rome"}},
	})
}

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

func TestPossessiveDescriptionAppositive(t *testing.T) {
	runContactTests(t, []contactTest{
		{"her counterpart, Y,",
			"Foreign Minister Annalena Baerbock and her French counterpart, Catherine Colonna, signed an accord in Paris on Monday.",
			[]string{"meeting occurred [Annalena Baerbock, Catherine Colonna] absent[] 2024-03-11..2024-03-11 @Paris"}},
		{"the subject's counterpart, Y, is a subject for the two men",
			"BERLIN — Chancellor Olaf Scholz and his French counterpart, Emmanuel Macron, said on Monday they saw a way forward.\n\nThe two men met privately at a country house.",
			[]string{"meeting occurred [Emmanuel Macron, Olaf Scholz] absent[] 2024-03-11..2024-03-11 @Berlin"}},
	})
}

func TestNamesInAppositionAndHonorifics(t *testing.T) {
	runContactTests(t, []contactTest{
		{"an unknown name in apposition to a title is a person",
			"Rahim Osmani, the Afghan special envoy who led the talks, met Antony Blinken in Doha on Monday.",
			[]string{"meeting occurred [Antony Blinken, Rahim Osmani] absent[] 2024-03-11..2024-03-11 @Doha"}},
		{"an honorific opens a person's name, whose surname is then that person",
			"Mullah Amir Khan Muttaqi arrived in Doha on Monday. On Tuesday, Antony Blinken met Muttaqi and the Taliban team.",
			[]string{"visit occurred [Amir Khan Muttaqi, Qatar] absent[] 2024-03-11..2024-03-11 @Doha", "meeting occurred [Amir Khan Muttaqi, Antony Blinken, Taliban] absent[] 2024-03-12..2024-03-12 @"}},
		{"a bare title is not a name",
			"The King met Antony Blinken in London on Monday.",
			nil},
	})
}

func TestCountryPossessiveSubjects(t *testing.T) {
	runContactTests(t, []contactTest{
		{"country possessives before coordinated subjects",
			"Angola's Téte António, Congo's Thérèse Kayikwamba Wagner and Rwanda's Olivier Nduhungirehe met in Luanda on Saturday.",
			[]string{"meeting occurred [Olivier Nduhungirehe, Thérèse Kayikwamba Wagner, Téte António] absent[] 2024-03-09..2024-03-09 @Luanda"}},
		{"an appositive list with country possessives",
			"The foreign ministers of the three countries, Angola's Téte António, Congo's Thérèse Kayikwamba Wagner and Rwanda's Olivier Nduhungirehe, met in Luanda on Saturday.",
			[]string{"meeting occurred [Olivier Nduhungirehe, Thérèse Kayikwamba Wagner, Téte António] absent[] 2024-03-09..2024-03-09 @Luanda"}},
		{"a person's possessive still ends the list",
			"Jared Kushner, Donald Trump's son-in-law, met Mohammed bin Salman in Riyadh on Saturday.",
			[]string{"meeting occurred [Jared Kushner, Mohammed bin Salman] absent[] 2024-03-09..2024-03-09 @Riyadh"}},
	})
}

func TestFrontedTalksSubjects(t *testing.T) {
	runContactTests(t, []contactTest{
		{"coordinated subjects after fronted talks",
			"After ten hours of talks in Vienna on Saturday, Antony Blinken and Sergei Lavrov agreed to a prisoner swap.",
			[]string{"meeting occurred [Antony Blinken, Sergey Lavrov] absent[] 2024-03-09..2024-03-09 @Vienna"}},
		{"a place and a date before the fronted talks, and subjects in apposition to a description",
			"In Geneva on Monday, after a day of talks hosted by Ignazio Cassis, the foreign ministers of Greece and Turkey, Giorgos Gerapetritis and Hakan Fidan, agreed to meet again.",
			[]string{"meeting occurred [Giorgos Gerapetritis, Hakan Fidan, Ignazio Cassis] absent[] 2024-03-11..2024-03-11 @Geneva"}},
		{"three subjects after fronted talks",
			"After talks in Rome on Tuesday, Olaf Scholz, Giorgia Meloni and Pedro Sanchez signed a statement.",
			[]string{"meeting occurred [Giorgia Meloni, Olaf Scholz, Pedro Sánchez] absent[] 2024-03-12..2024-03-12 @Rome"}},
		{"a subject list not followed by its verb is no subject",
			"After talks in Rome on Tuesday, Olaf Scholz and Giorgia Meloni's aides drafted a statement.",
			nil},
	})
}

func TestSubjectsAfterFrontedPlace(t *testing.T) {
	runContactTests(t, []contactTest{
		{"a pronoun and a name after a fronted date and place",
			"Olaf Scholz arrived in Italy on Monday. On Tuesday, in Rome, he and Prime Minister Giorgia Meloni signed a migration pact.",
			[]string{"visit occurred [Italy, Olaf Scholz] absent[] 2024-03-11..2024-03-11 @Italy",
				"meeting occurred [Giorgia Meloni, Olaf Scholz] absent[] 2024-03-12..2024-03-12 @Rome"}},
		{"two names after a fronted place",
			"In Vienna, Antony Blinken and Sergei Lavrov held talks on Thursday.",
			[]string{"meeting occurred [Antony Blinken, Sergey Lavrov] absent[] 2024-03-14..2024-03-14 @Vienna"}},
	})
}

func TestAgentEndsTheClauseBefore(t *testing.T) {
	runContactTests(t, []contactTest{
		{"a passive's agent before \", and\" is no subject of the next clause",
			"Antony Blinken flew to Beijing on Monday. He was received by Xi Jinping, and Olaf Scholz held talks with Emmanuel Macron in February.",
			[]string{"visit occurred [Antony Blinken, China] absent[] 2024-03-11..2024-03-11 @Beijing",
				"meeting occurred [Antony Blinken, Xi Jinping] absent[] 2024-03-11..2024-03-11 @",
				"meeting occurred [Emmanuel Macron, Olaf Scholz] absent[] 2024-02-01..2024-02-29 @"}},
	})
}

func TestPassiveAfterAnAdverb(t *testing.T) {
	runContactTests(t, []contactTest{
		{"was then received by is a passive of its own, not a participle of the talks",
			"Antony Blinken held talks with Foreign Minister Sergey Lavrov in Sochi on Tuesday and was then received by President Vladimir Putin.",
			[]string{"meeting occurred [Antony Blinken, Sergey Lavrov] absent[] 2024-03-12..2024-03-12 @Sochi",
				"meeting occurred [Antony Blinken, Vladimir Putin] absent[] 2024-03-12..2024-03-12 @Sochi"}},
	})
}

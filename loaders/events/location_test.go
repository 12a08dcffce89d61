package events_test

import "testing"

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

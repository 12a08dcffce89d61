package events_test

import "testing"

func TestStatementsAndAgreements(t *testing.T) {
	runEventTests(t, otherEvents, []contactTest{
		{"quote before the speaker",
			"“We will not give up our land,” Volodymyr Zelensky said on Tuesday.",
			[]string{"statement [Volodymyr Zelenskyy] Volodymyr Zelenskyy: We will not give up our land"}},
		{"speaker before the quote",
			"Olaf Scholz described the talks as “open and constructive.”",
			[]string{"statement [Olaf Scholz] Olaf Scholz: open and constructive."}},
		{"signing with a partner is an agreement between the parties",
			"Antony Blinken signed the accord with Sergei Lavrov in Geneva on Friday.",
			[]string{"agreement [Antony Blinken, Sergey Lavrov] : "}},
	})
}

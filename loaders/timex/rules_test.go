package timex

import "testing"

func TestHolidays(t *testing.T) {
	const a = "2000-02-10" // a Thursday
	runCases(t, []tagCase{
		{a, "The boy was rescued last Thanksgiving off the coast.", "last Thanksgiving", "DATE", "1999-11-25", "1999-11-25", "1999-11-25"},
		{a, "The boat sank and he was found on Thanksgiving Day.", "Thanksgiving Day", "DATE", "1999-11-25", "", ""},
		{a, "The candidates will campaign until Election Day.", "Election Day", "DATE", "2000-11-07", "", ""},
		{a, "Pilgrims will gather in Rome for Easter.", "Easter", "DATE", "2000-04-23", "", ""},
		{a, "Crowds filled the square as Easter week began.", "Easter week", "DATE", "2000-W16", "2000-04-17", "2000-04-23"},
		{a, "The truce held over Christmas 1998 and New Year's Day.", "Christmas 1998", "DATE", "1998-12-25", "", ""},
		{a, "The truce held over Christmas 1998 and New Year's Day.", "New Year's Day", "DATE", "2000-01-01", "", ""},
		{a, "Shops closed early on Christmas Eve.", "Christmas Eve", "DATE", "1999-12-24", "", ""},
		{a, "The parade is held on Independence Day next year.", "Independence Day next year", "DATE", "2001-07-04", "", ""},
		{a, "Traffic was heavy over the Thanksgiving weekend.", "the Thanksgiving weekend", "DATE", "1999-W47-WE", "1999-11-27", "1999-11-28"},
	})
}

func TestWeekOfAndSeasons(t *testing.T) {
	const a = "2000-02-24"
	runCases(t, []tagCase{
		{a, "The case may be heard the week of March 6, his lawyer said.", "the week of March 6", "DATE", "2000-W10", "2000-03-06", "2000-03-12"},
		{a, "Rivals cut prices over the summer.", "the summer", "DATE", "1999-SU", "1999-06-01", "1999-08-31"},
		{a, "Orders fell from the levels of the early summer.", "the early summer", "DATE", "1999-SU", "", ""},
		{a, "The talks will resume in the summer.", "the summer", "DATE", "2000-SU", "", ""},
		{a, "Oil fell to $13 in the winter of nineteen ninety-four.", "the winter of nineteen ninety-four", "DATE", "1994-WI", "", ""},
		{a, "Exports peaked in summer 1998.", "summer 1998", "DATE", "1998-SU", "", ""},
	})
}

func TestNoSeason(t *testing.T) {
	for _, text := range []string{
		"The fall of the wall changed Europe.",
		"Prices fall when demand slows.",
		"Athletes trained for the Summer Olympics.",
	} {
		for _, x := range Tag(text, "2000-02-24") {
			t.Errorf("Tag(%q) = %q %s, want no season", text, x.Text, x.Value)
		}
	}
}

func TestSpelledYearsAndFractions(t *testing.T) {
	const a = "1998-02-05"
	runCases(t, []tagCase{
		{"1989-10-26", "Shipments will stay low through the first two quarters of 1990.", "first two quarters of 1990", "DATE", "1990-H1", "", ""},
		{a, "Net for the year-earlier nine months included a gain.", "the year-earlier nine months", "DURATION", "P9M", "", ""},
		{a, "The ratio was 41% for the latest nine months.", "the latest nine months", "DURATION", "P9M", "", ""},
		{a, "The stock may not be redeemed in the first two years.", "the first two years", "DURATION", "P2Y", "", ""},
		{a, "The crown served the nation for almost a hundred years.", "almost a hundred years", "DURATION", "P100Y", "", ""},
		{a, "Hate group numbers were dropping through the nineties.", "the nineties", "DATE", "199", "", ""},
		{"1998-03-05", "Women's Day is this coming Sunday, March eighth.", "this coming Sunday, March eighth", "DATE", "1998-03-08", "", ""},
		{"1998-03-05", "The vote will be held on the twenty-first of May.", "the twenty-first of May", "DATE", "1998-05-21", "", ""},
		{"1998-03-05", "Results for the second quarter came in March.", "March", "DATE", "1998-03", "", ""},
		{a, "He promised to halve unemployment by the year two thousand.", "the year two thousand", "DATE", "2000", "", ""},
		{a, "Sales will double by the year 2001.", "the year 2001", "DATE", "2001", "", ""},
		{a, "January nineteen ninety-seven. A bomb went off.", "January nineteen ninety-seven", "DATE", "1997-01", "", ""},
		{a, "She spent 5 1/2 hours in the capital.", "5 1/2 hours", "DURATION", "PT5H30M", "", ""},
		{a, "Refugees lived in camps for 2 1/2 years.", "2 1/2 years", "DURATION", "P2Y6M", "", ""},
		{a, "The siege lasted two and a half years.", "two and a half years", "DURATION", "P2Y6M", "", ""},
		{a, "A minute and a half later the pilot called.", "A minute and a half", "DURATION", "PT1M30S", "", ""},
		{a, "Shipments resume within two to three weeks.", "two to three weeks", "DURATION", "P2W", "", ""},
		{a, "Acquisitions will be made during the next 12 to 18 months.", "the next 12 to 18 months", "DURATION", "P12M", "", ""},
		{a, "The boy will stay for at least two more weeks.", "at least two more weeks", "DURATION", "P2W", "", ""},
		{a, "The market has slumped in recent years.", "recent years", "DURATION", "PXY", "", ""},
		{a, "Rates may fall in the coming weeks.", "the coming weeks", "DURATION", "PXW", "", ""},
		{a, "Funds have sold bonds in recent weeks and months.", "recent weeks and months", "DURATION", "PXW", "", ""},
		{a, "Growth should slow in coming quarters.", "coming quarters", "DURATION", "PXQ", "", ""},
		{a, "Islam will one day be the largest faith.", "one day", "DATE", "FUTURE_REF", "", ""},
		{a, "Profit returned after several quarters of losses.", "several quarters", "DURATION", "PXQ", "", ""},
		{a, "The tour was likely to last over a week.", "over a week", "DURATION", "P1W", "", ""},
		{a, "The sum can be used over three years for drilling.", "three years", "DURATION", "P3Y", "", ""},
		{a, "The option may be extended for an additional year.", "an additional year", "DURATION", "P1Y", "", ""},
		{a, "Profit fell for three straight quarters.", "three straight quarters", "DURATION", "P3Q", "", ""},
		{a, "He probably died within weeks or months of his capture.", "weeks or months", "DURATION", "PXW", "", ""},
		{a, "Over the years many more patients were saved.", "the years", "DURATION", "PXY", "", ""},
		{a, "Funds may sell their junk in the weeks ahead.", "the weeks ahead", "DURATION", "PXW", "", ""},
		{a, "Plants will close over the next two years or so.", "the next two years or so", "DURATION", "P2Y", "", ""},
		{a, "It will not be profitable until 1994 or later.", "1994 or later", "DATE", "1994", "", ""},
		{a, "Sales should grow in 2001 and beyond.", "2001 and beyond", "DATE", "2001", "", ""},
		{a, "Then, a week or so ago, the general moved.", "a week or so ago", "DATE", "1998-W05", "", ""},
	})
}

func TestTenseResolution(t *testing.T) {
	runCases(t, []tagCase{
		// plans in the past tense point ahead
		{"2000-01-07", "Exiles planned a march on Saturday and were planning to block the airport on Monday.", "Monday", "DATE", "2000-01-10", "", ""},
		{"2000-01-07", "Exiles planned a march on Saturday and were planning to block the airport on Monday.", "Saturday", "DATE", "2000-01-08", "", ""},
		{"2000-04-03", "The father could arrive as early as Tuesday.", "Tuesday", "DATE", "2000-04-04", "", ""},
		// no tense: a weekday close ahead is the coming one, else last week's
		{"2013-03-14", "The 48-hour strike ends Friday night.", "Friday night", "TIME", "2013-03-15TNI", "", ""},
		{"1989-10-30", "Volume was 888 million shares, up from 443.6 million Thursday.", "Thursday", "DATE", "1989-10-26", "", ""},
		{"1989-10-30", "Volume rose from 443 million on Oct. 27 and from the previous Friday.", "the previous Friday", "DATE", "1989-10-20", "", ""},
		{"1989-10-27", "The stock is to resume trading in Paris Tuesday.", "Tuesday", "DATE", "1989-10-31", "", ""},
		// a deadline is ahead, unless the clause is past perfect
		{"1999-05-07", "Until Thursday, the police had not named a suspect.", "Thursday", "DATE", "1999-05-06", "", ""},
		{"2000-03-30", "Officials postponed until Tuesday any action.", "Tuesday", "DATE", "2000-04-04", "", ""},
		// a possessive weekday reports news
		{"2000-01-07", "Relatives said they would appeal Wednesday's ruling.", "Wednesday", "DATE", "2000-01-05", "", ""},
		// the tense of a quote is not its reporting verb's
		{"2000-04-05", "''He will leave at 4 a.m. Thursday,'' Castro said.", "4 a.m. Thursday", "TIME", "2000-04-06T04:00", "", ""},
		// the year of a day named without one
		{"1999-05-07", "He was last seen Nov. 3, the police said.", "Nov. 3", "DATE", "1998-11-03", "", ""},
		{"1989-11-02", "The offer was extended to Nov. 20.", "Nov. 20", "DATE", "1989-11-20", "", ""},
		{"1989-10-26", "The pact takes effect June 1 and is effective June 1.", "June 1", "DATE", "1990-06-01", "", ""},
		{"1999-05-05", "The doctor was shot last Oct. 23 at home.", "last Oct. 23", "DATE", "1998-10-23", "", ""},
		{"1999-05-06", "Police have searched for him since the Oct. 23 shooting.", "Oct. 23", "DATE", "1998-10-23", "", ""},
		{"1999-02-10", "The accession was planned for early March, an official said.", "early March", "DATE", "1999-03", "", ""},
		{"1989-10-26", "The dividend would be paid in January.", "January", "DATE", "1990-01", "", ""},
		{"1990-08-16", "Saudi Arabia told oil companies of a cutback in their supply in September.", "September", "DATE", "1990-09", "", ""},
		{"1990-08-16", "Saudi Arabia reduced its oil supply in October.", "October", "DATE", "1989-10", "", ""},
		{"1990-08-16", "Saudi Arabia reduced its oil supply in September.", "September", "DATE", "1989-09", "", ""},
		{"1989-10-26", "The split would be paid on a still unspecified date in January.", "January", "DATE", "1990-01", "", ""},
		// a future modal far back in a long clause still sets its tense
		{"1998-03-04", "Colonel Eileen Collins will be named commander of the Space Shuttle Columbia for a mission in December.", "December", "DATE", "1998-12", "", ""},
	})
}

func TestDiscourseTimes(t *testing.T) {
	const a = "2000-02-24"
	runCases(t, []tagCase{
		{a, "Now for today's geography quiz.", "today", "DATE", "2000-02-24", "", ""},
		{a, "He was hounded on Feb. 22. He appeared in court the next morning.", "the next morning", "TIME", "2000-02-23TMO", "", ""},
		{a, "The father will leave at 4 in the morning.", "4 in the morning", "TIME", "2000-02-24T04:00", "", ""},
		{a, "Dealers placed heavy orders in the morning.", "the morning", "TIME", "2000-02-24TMO", "", ""},
		{a, "He landed on Feb. 22. By mid afternoon the talks had begun.", "mid afternoon", "TIME", "2000-02-22TAF", "", ""},
		{a, "Oshkosh estimated earnings for its fourth quarter fell.", "fourth quarter", "DATE", "1999-Q4", "", ""},
		{"1989-11-01", "Net fell to $9 million on Nov. 1 from $10.2 million in the year-ago quarter.", "the year-ago quarter", "DATE", "1988-Q3", "", ""},
		{a, "Net rose in the third quarter. For the quarter a year ago, it earned less.", "the quarter a year ago", "DATE", "1998-Q3", "", ""},
		{a, "Net fell in the third quarter from a profit for the corresponding period last year.", "the corresponding period last year", "DATE", "1998-Q3", "", ""},
		{a, "Sales in the third quarter rose. U.K. sales for last year's quarter were $3 million.", "last year's quarter", "DATE", "1998-Q3", "", ""},
		{a, "Sales in the third quarter rose; the latest period had gains.", "the latest period", "DATE", "1999-Q3", "", ""},
		{a, "It expects a loss for the year ending June 30, 2001.", "the year", "DURATION", "P1Y", "", ""},
		{a, "Protests have become a daily ritual.", "daily", "SET", "P1D", "", ""},
		{a, "The president gave his weekly radio address.", "weekly", "SET", "P1W", "", ""},
		{a, "Markets here close on Fridays.", "Fridays", "SET", "XXXX-WXX-5", "", ""},
		{a, "Flights will leave Bombay on Tuesday nights.", "Tuesday nights", "SET", "XXXX-WXX-2TNI", "", ""},
	})
}

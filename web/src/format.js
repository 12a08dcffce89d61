// Display forms of the API's values.

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const MONTHS_LONG = ["January", "February", "March", "April", "May", "June", "July",
  "August", "September", "October", "November", "December"];

// parts splits YYYY-MM-DD into numbers.
function parts(day) {
  const [y, m, d] = day.split("-").map(Number);
  return { y, m, d };
}

/** day returns "16 Dec 2024" for "2024-12-16". */
export function day(s) {
  if (!s) return "";
  const { y, m, d } = parts(s);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/**
 * dateRange returns a date as a reader says it, by its granularity: "16 Dec 2024",
 * "week of 16 Dec 2024", "December 2024", "Q4 2024", "2024", "2020s", or the interval
 * "16 Dec 2024 – 19 Dec 2024" when nothing better fits; "date unknown" without one.
 */
export function dateRange(d) {
  if (!d || (!d.start && !d.end)) return "date unknown";
  const start = d.start || d.end;
  const end = d.end || d.start;
  const { y, m } = parts(start);
  switch (d.granularity) {
    case "DAY":
      return start === end ? day(start) : `${day(start)} – ${day(end)}`;
    case "WEEK":
      return `week of ${day(weekStart(start))}`;
    case "MONTH":
      return `${MONTHS_LONG[m - 1]} ${y}`;
    case "QUARTER":
      return `Q${Math.floor((m - 1) / 3) + 1} ${y}`;
    case "SEASON":
      return `season of ${day(start)} – ${day(end)}`;
    case "YEAR":
      return String(y);
    case "DECADE":
      return `${Math.floor(y / 10) * 10}s`;
    case "CENTURY":
      return `${Math.floor(y / 100) + 1}th century`;
  }
  return start === end ? day(start) : `between ${day(start)} and ${day(end)}`;
}

// weekStart returns the Monday of the ISO week holding day s.
function weekStart(s) {
  const t = new Date(s + "T00:00:00Z");
  const back = (t.getUTCDay() + 6) % 7;
  t.setUTCDate(t.getUTCDate() - back);
  return t.toISOString().slice(0, 10);
}

/** granularity returns "week" for "WEEK", or "" for none. */
export function granularity(g) {
  return g ? g.toLowerCase() : "";
}

/** label returns an enum value for reading: "MEETING" -> "meeting". */
export function label(v) {
  return v ? v.toLowerCase().replace(/_/g, " ") : "";
}

/** kindIcon returns a short glyph for an entity kind, shown beside names. */
export function kindIcon(kind) {
  return { PERSON: "●", ORGANIZATION: "■", COUNTRY: "▲", PLACE: "◆" }[kind] || "•";
}

/** EVENT_TYPES lists the event types of the API, contacts first. */
export const EVENT_TYPES = ["MEETING", "VISIT", "CALL", "SUMMIT", "NEGOTIATION", "STATEMENT", "AGREEMENT"];

/** TRIGGERS lists, per event type, the words that say such an event took place. */
export const TRIGGERS = {
  MEETING: ["met", "meet", "meets", "meeting", "meetings", "talks", "gathering", "held talks", "hosted", "received"],
  VISIT: ["visit", "visited", "visits", "visiting", "trip", "arrived"],
  CALL: ["call", "called", "phone call", "spoke", "telephone", "videoconference"],
  SUMMIT: ["summit", "summits", "conference"],
  NEGOTIATION: ["negotiate", "negotiated", "negotiating", "negotiation", "negotiations", "talks"],
  STATEMENT: ["said", "says", "stated", "described", "emphasized", "told", "announced"],
  AGREEMENT: ["signed", "agreement", "agreed", "deal", "treaty"],
};

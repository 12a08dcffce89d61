package data

import "embed"

// Samples holds the bundled sample articles (samples/*.md): wire-style reports, written
// for Parley, of real diplomatic meetings, calls and visits of 2022–2025, each with front
// matter (title, published, source, url). `parley` loads them into an empty store so a
// newcomer sees a meaningful graph. The hand annotations beside them
// (samples/*.gold.json, in the evaluation kit's format) are a development set for
// score.py and are not embedded.
//
//go:embed samples/*.md
var Samples embed.FS

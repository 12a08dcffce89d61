package data

import "embed"

// Gazetteer holds the gazetteer tables (countries, places, organizations, people,
// titles) as tab-separated files under gazetteer/. See README.md for their columns.
//
//go:embed gazetteer/*.tsv
var Gazetteer embed.FS

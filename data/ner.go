package data

import "embed"

// NER holds the weights of the named-entity tagger (ner/weights.gz), written by
// ner.Train from CoNLL-2003 eng.train and read by ner.Load.
//
//go:embed ner/weights.gz
var NER embed.FS

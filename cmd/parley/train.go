package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/parleyhq/parley/loaders/ner"
)

// DefaultWeights is where `parley train ner` writes the tagger's weights: the file
// embedded in the binary at the next build.
const DefaultWeights = "data/ner/weights.gz"

// train trains a model. Only "ner" exists: the named-entity tagger, on CoNLL-2003
// files, written atomically to --out.
func (m *Main) train(ctx context.Context, args []string) error {
	if len(args) == 0 || args[0] != "ner" {
		return fmt.Errorf("train: want \"parley train ner [--conll FILE] [--epochs N] [--out FILE]\"")
	}
	fs, _ := m.flags("train ner")
	conll := fs.String("conll", "../shared/eval/data/conll2003/eng.train", "CoNLL-2003 training file (never the file you report scores on)")
	epochs := fs.Int("epochs", ner.TrainEpochs, "training passes")
	out := fs.String("out", DefaultWeights, "weights file to write")
	if err := fs.Parse(args[1:]); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(*out), ".weights-*")
	if err != nil {
		return fmt.Errorf("train ner: %w", err)
	}
	defer os.Remove(tmp.Name())
	if err := ner.Train([]string{*conll}, *epochs, tmp); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("train ner: %w", err)
	}
	if err := os.Rename(tmp.Name(), *out); err != nil {
		return fmt.Errorf("train ner: %w", err)
	}
	fmt.Fprintf(m.Stdout, "wrote %s from %s (%d epochs)\n", *out, *conll, *epochs)
	return nil
}

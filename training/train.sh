#!/usr/bin/env bash
# Reproduce the shipped pipeline: bash training/train.sh [SHARED_DIR]   (default ../shared)
# Steps: corpora -> .spacy (training/corpus/), floret vectors (training/work/),
# spacy train with training/config.cfg, package model-best into peristiwa/data/model/.
set -euo pipefail
SHARED=$(realpath "${1:-../shared}")
cd "$(dirname "$0")/.."
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1

python training/convert.py "$SHARED" training/corpus
# training set: UD GSD 2017 train + idner-news-2k train; dev: UD dev + idner dev
# (NERGrit train is converted but not used: it lowered idner dev F1, see EXPERIMENTS.md)
rm -rf training/corpus/sets && mkdir -p training/corpus/sets/train training/corpus/sets/dev
cp training/corpus/ud_gsd2017/train.spacy training/corpus/sets/train/ud.spacy
cp training/corpus/idner/train.spacy training/corpus/sets/train/idner.spacy
cp training/corpus/ud_gsd2017/dev.spacy training/corpus/sets/dev/ud.spacy
cp training/corpus/idner/dev.spacy training/corpus/sets/dev/idner.spacy

VEC=training/work/vectors_d100_b50000
[ -d "$VEC" ] || python training/vectors.py "$SHARED" training/work --dim 100 --bucket 50000 --epoch 10 --threads 2

python -m spacy train training/config.cfg -o training/work/output \
  --paths.train training/corpus/sets/train --paths.dev training/corpus/sets/dev --paths.vectors "$VEC"

python training/package.py training/work/output/model-best peristiwa/data/model
python training/speed.py peristiwa/data/model --shared "$SHARED"
python scripts/eval_nlp.py --shared "$SHARED"

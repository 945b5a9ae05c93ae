"""The usual recipe, kept beside Alongside so both are measured in one run on the same corpus:
RecursiveCharacterTextSplitter(1000, 200) + the same embeddings + Chroma similarity search, k=4.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from alongside.embeddings import model_spec
from alongside.settings import Settings

CHUNK_SIZE = 1000
CHUNK_OVERLAP = 200
K = 4


@dataclass(frozen=True)
class BaselinePassage:
    doc_id: str
    start: int
    end: int
    text: str


class Baseline:
    """LangChain's stock pipeline, built in memory from the same clean documents."""

    def __init__(self, settings: Settings, documents, embeddings=None) -> None:
        import chromadb
        from chromadb.config import Settings as ChromaSettings
        from langchain_chroma import Chroma
        from langchain_core.documents import Document as LCDocument
        from langchain_text_splitters import RecursiveCharacterTextSplitter

        if embeddings is None:
            from langchain_huggingface import HuggingFaceEmbeddings

            embeddings = HuggingFaceEmbeddings(
                model_name=str(model_spec(settings).path),
                model_kwargs={"device": "cpu", "local_files_only": True},
                encode_kwargs={"normalize_embeddings": True},
            )
        splitter = RecursiveCharacterTextSplitter(
            chunk_size=CHUNK_SIZE, chunk_overlap=CHUNK_OVERLAP, add_start_index=True
        )
        pieces = splitter.split_documents(
            [LCDocument(page_content=d.text, metadata={"doc_id": d.doc_id}) for d in documents]
        )
        client = chromadb.EphemeralClient(settings=ChromaSettings(anonymized_telemetry=False))
        self.store = Chroma(
            collection_name=f"baseline-{uuid.uuid4().hex[:8]}",
            embedding_function=embeddings,
            client=client,
        )
        self.store.add_documents(pieces)
        self.chunks = len(pieces)

    def search(self, query: str, k: int = K) -> list[BaselinePassage]:
        out = []
        for doc in self.store.similarity_search(query, k=k):
            start = int(doc.metadata.get("start_index", -1))
            out.append(BaselinePassage(doc.metadata["doc_id"], start, start + len(doc.page_content),
                                       doc.page_content))
        return out

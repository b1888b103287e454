"""The validated knowledge base: pydantic models, the YAML loader and the indexed KnowledgeBase."""

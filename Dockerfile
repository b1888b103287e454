# Framework Advisor: `framework-bot serve` (Socket Mode if SLACK_APP_TOKEN is set, else HTTP on $PORT).
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PORT=3000 \
    DATABASE_PATH=/data/conversations.db

RUN useradd --create-home --uid 10001 advisor \
    && mkdir -p /data && chown advisor:advisor /data

WORKDIR /app
COPY pyproject.toml README.md ./
COPY knowledge ./knowledge
COPY bot ./bot
RUN pip install .

USER advisor
VOLUME ["/data"]
EXPOSE 3000

# /healthz answers in both modes (Socket Mode runs a small health server on $PORT too).
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 \
    CMD python -c "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/healthz' % os.environ.get('PORT', '3000'), timeout=2)" || exit 1

CMD ["framework-bot", "serve"]

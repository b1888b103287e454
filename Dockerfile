# Framework Advisor: `framework-bot serve` (Socket Mode if SLACK_APP_TOKEN is set, else HTTP on $PORT).
# Build stage: a virtual environment from requirements.lock (exact versions, hashes checked), then this
# package without dependencies. The runtime stage gets that environment and nothing else.
FROM python:3.11-slim AS build

ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

RUN python -m venv /opt/venv
WORKDIR /src
COPY requirements.lock ./
RUN /opt/venv/bin/pip install --require-hashes -r requirements.lock
COPY pyproject.toml README.md ./
COPY knowledge ./knowledge
COPY bot ./bot
RUN /opt/venv/bin/pip install --no-deps .

FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PATH=/opt/venv/bin:$PATH \
    PORT=3000 \
    DATABASE_PATH=/data/conversations.db

RUN useradd --create-home --uid 10001 advisor \
    && mkdir -p /data && chown advisor:advisor /data

COPY --from=build /opt/venv /opt/venv

USER advisor
WORKDIR /home/advisor
VOLUME ["/data"]
EXPOSE 3000

# /healthz: alive; /readyz: the database answers, its schema is current, no shutdown is under way;
# /metrics: Prometheus.
# Socket Mode serves the same three on $PORT. `docker stop` (SIGTERM) drains answers in flight first.
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 \
    CMD python -c "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/healthz' % os.environ.get('PORT', '3000'), timeout=2)" || exit 1

STOPSIGNAL SIGTERM
CMD ["framework-bot", "serve"]

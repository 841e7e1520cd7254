# frontdoor: python -m bot run, as a non-root user, data in /app/data (mount a volume there).
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    HTTP_HOST=0.0.0.0 \
    DATA_DIR=/app/data \
    FLOWS_DIR=/app/flows \
    LOCALES_DIR=/app/locales

WORKDIR /app
COPY pyproject.toml README.md ./
COPY bot ./bot
RUN pip install --no-compile . && useradd --system --uid 10001 --home-dir /app frontdoor \
    && mkdir -p /app/data && chown frontdoor /app/data
COPY flows ./flows
COPY locales ./locales

USER frontdoor
VOLUME ["/app/data"]
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s CMD python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8080/healthz')"
CMD ["python", "-m", "bot", "run", "--no-console"]

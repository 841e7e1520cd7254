# frontdoor: `python -m bot run` as a non-root user; evidence files (and SQLite, if no DATABASE_URL) in /app/data,
# mount a volume there. Build: `docker build -t frontdoor .`; deploy: docs/deploy.md (docker-compose.yml).
# Needs BuildKit (the default builder since Docker Engine 23) for the bind mount of the wheels below.

# -- build: the project and every dependency as wheels. The compiler lives here only (cbor, which
#    iocsearcher needs, has no wheel on PyPI and builds a C extension).
FROM python:3.11-slim AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_ROOT_USER_ACTION=ignore
RUN apt-get update \
    && apt-get install -y --no-install-recommends gcc libc6-dev \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
# the dependencies first, in a layer of their own: a change of the code alone does not build them again
COPY pyproject.toml ./
RUN python -c "import tomllib; print('\n'.join(tomllib.load(open('pyproject.toml', 'rb'))['project']['dependencies']))" \
        > requirements.txt \
    && pip wheel --wheel-dir /wheels -r requirements.txt
COPY README.md ./
COPY bot ./bot
RUN pip wheel --no-deps --wheel-dir /wheels .

# -- the image: the wheels installed (not copied: they stay in the build stage), no compiler
FROM python:3.11-slim
LABEL org.opencontainers.image.title="frontdoor" \
      org.opencontainers.image.description="The chat-bot front door of a cyber-victim help desk" \
      org.opencontainers.image.licenses="AGPL-3.0-or-later"
ENV PYTHONUNBUFFERED=1 \
    PYTHONFAULTHANDLER=1 \
    LOG_FORMAT=json \
    HTTP_HOST=0.0.0.0 \
    HTTP_PORT=8080 \
    DATA_DIR=/app/data \
    FLOWS_DIR=/app/flows \
    LOCALES_DIR=/app/locales \
    ESCALATION_POLICY=/app/flows/escalation.yaml
# pip compiles the bytecode here, once (about 85 MB): the non-root user cannot write __pycache__ into
# site-packages, and without it every start compiles each module again (twice as long before /healthz answers)
RUN --mount=type=bind,from=build,source=/wheels,target=/wheels \
    PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_ROOT_USER_ACTION=ignore \
    pip install --no-index --find-links=/wheels frontdoor \
    && groupadd --system --gid 10001 frontdoor \
    && useradd --system --uid 10001 --gid 10001 --home-dir /app --no-create-home --shell /usr/sbin/nologin frontdoor \
    && mkdir -p /app/data \
    && chown frontdoor:frontdoor /app/data \
    && chmod 0750 /app/data
WORKDIR /app
# the package's own defaults point next to its code (site-packages): ENV above says where these are
COPY flows ./flows
COPY locales ./locales

USER 10001:10001
VOLUME ["/app/data"]
EXPOSE 8080
# /healthz on HTTP_PORT (the setting the server listens on); no proxy from the environment for 127.0.0.1
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
    CMD python -c "import os, urllib.request as u; u.build_opener(u.ProxyHandler({})).open('http://127.0.0.1:%s/healthz' % os.environ.get('HTTP_PORT', '8080'), timeout=4)"
CMD ["python", "-m", "bot", "run", "--no-console"]

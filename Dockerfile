# One image for every service of NetPublic Graph; the command chooses the entry point.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY tsconfig.json codegen.ts ./
COPY gateway ./gateway
COPY dashboard ./dashboard
COPY subgraphs ./subgraphs
COPY schema ./schema
COPY scripts ./scripts
USER node
EXPOSE 4000 4001 4002 4003 4004
# The gateway by default, as docker-compose.yml runs it (its heap bounded; see there).
CMD ["node", "--max-old-space-size=256", "--import", "tsx", "gateway/src/main.ts"]

# The app on Node.js 22 LTS; the database comes from DATABASE_URL (see docker-compose.yml).
FROM node:22-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
# Every dependency, build tools included: the image builds the client and the server itself.
RUN npm ci --no-audit --no-fund
COPY . .
# Compiled at image time (the app runs as `node`, which cannot write here), then the build and test tools go.
RUN npm run build && npm prune --omit=dev --no-audit --no-fund && npm cache clean --force
ENV NODE_ENV=production
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# node itself is process 1 (no npm or tsx between): `docker stop`'s SIGTERM reaches the graceful shutdown in server/main.ts.
CMD ["node", "--liftoff-only", "dist/server/main.js"]

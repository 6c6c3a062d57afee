-- Keyword, mixed-case and spaced names, in the bridge's storage conventions (decimals and dates as TEXT).
CREATE TABLE "order" ("key" INTEGER PRIMARY KEY, "current_date" TEXT, "current_user" TEXT, "user" TEXT, "order" INTEGER,
  "window" TEXT, "only" TEXT, "select" TEXT, "limit" INTEGER, "offset" INTEGER, "value" TEXT, "rank" INTEGER,
  "Mixed Case" TEXT);
CREATE TABLE "User" ("key" INTEGER PRIMARY KEY, "Group By" TEXT, "rank" INTEGER, "order" INTEGER REFERENCES "order" ("key"));

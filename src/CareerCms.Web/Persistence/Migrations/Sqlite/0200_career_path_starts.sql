-- CareerCms plugin: engagement counting (path starts). One row per visitor, path and UTC day (the primary key is
-- the once-a-day rule); totals per path in their own table, updated in the same transaction as the rows, so
-- counts survive pruning of old rows and are read without scanning them.
CREATE TABLE careerPathStart (
    pathKey TEXT NOT NULL,
    day TEXT NOT NULL,
    visitorId TEXT NOT NULL,
    createDate TEXT NOT NULL,
    PRIMARY KEY (pathKey, day, visitorId)
);
CREATE INDEX IX_careerPathStart_day ON careerPathStart (day);

CREATE TABLE careerPathStartCount (
    pathKey TEXT NOT NULL PRIMARY KEY,
    starts INTEGER NOT NULL,
    updateDate TEXT NOT NULL
);

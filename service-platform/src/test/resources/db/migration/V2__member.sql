-- An aggregate of the test application that registers domain events.
CREATE TABLE member (
    id      uuid PRIMARY KEY,
    email   varchar(254) NOT NULL,
    version bigint       NOT NULL
);

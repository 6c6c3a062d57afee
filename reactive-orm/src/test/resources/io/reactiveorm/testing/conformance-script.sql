-- Portable script for ConnectivityConformance: each statement ends with a semicolon at the end of a line.
CREATE TABLE conf_author (
    id INT PRIMARY KEY,
    name VARCHAR(100) NOT NULL
);
INSERT INTO conf_author (id, name) VALUES (1, 'Ursula');
INSERT INTO conf_author (id, name)
    VALUES (2, 'Iain');  

-- a blank line and a comment between statements
INSERT INTO conf_author (id, name) VALUES (3, 'Octavia');

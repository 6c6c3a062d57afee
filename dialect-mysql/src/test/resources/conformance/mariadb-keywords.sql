-- Keyword, mixed-case and spaced names (valid on MariaDB and MySQL 8).
CREATE TABLE `order` (`key` BIGINT AUTO_INCREMENT PRIMARY KEY, `current_date` DATE, `current_user` VARCHAR(50),
  `user` VARCHAR(50), `order` INT, `window` VARCHAR(50), `only` VARCHAR(50), `select` VARCHAR(50), `limit` INT,
  `offset` INT, `value` DECIMAL(10, 2), `rank` INT, `Mixed Case` VARCHAR(50));
CREATE TABLE `User` (`key` BIGINT PRIMARY KEY, `Group By` VARCHAR(50), `rank` INT, `order` BIGINT REFERENCES `order` (`key`));

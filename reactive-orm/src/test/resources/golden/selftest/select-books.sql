select b.id, b.title
from book b
where b.id = $1

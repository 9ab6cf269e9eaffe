// Removes an analysis property from every actor before new values are written ($clear maps its name to null).
MATCH (a:Actor)
SET a += $clear

/* assets.h — where Beside's pictures are (assets/), and which places have
 * a picture there: for the window and for `beside check`. */
#ifndef BESIDE_ASSETS_H
#define BESIDE_ASSETS_H

/* The pictures' folder, malloc'd: $BESIDE_ASSETS when set (only there),
 * else the source tree's assets/, else the installed copy
 * (share/beside/assets). NULL when none is a folder (or no memory). */
char *assets_dir(void);

/* The places with a picture: each NAME of DIR/places/NAME.svg that is a
 * plain place name, sorted, as a malloc'd array of malloc'd strings
 * (free with assets_names_free). Writes how many to *n; an empty list
 * (and NULL) when the folder is missing or DIR is NULL. */
char **assets_places(const char *dir, int *n);
void assets_names_free(char **names, int n);

#endif

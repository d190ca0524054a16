/* userdirs.h — where a user's own files go, by the XDG base-directory rules:
 * the folder named by an XDG variable when it holds an absolute path, else
 * the usual folder under $HOME. One lookup for the profile, the stories
 * folder and the help contacts. */
#ifndef BESIDE_USERDIRS_H
#define BESIDE_USERDIRS_H

/* "$XDG_VAR/REST" when $XDG_VAR is absolute, else "$HOME/HOME_DIR/REST";
 * for example userdirs_path("XDG_DATA_HOME", ".local/share",
 * "beside/profile.db"). Malloc'd; NULL when neither is set or no memory. */
char *userdirs_path(const char *xdg_var, const char *home_dir, const char *rest);

#endif

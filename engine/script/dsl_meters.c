/* dsl_meters.c — reading a scenario's meters = { ... }: the three standard
 * meters' starting values and an author's own meters, in a fixed order. */
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>

#include "core/i18n.h"
#include "script/dsl_internal.h"

const char *const dsl_meter_fields[] = {"start", "better", "label", NULL};

/* Lua walks a table in no fixed order; meters get one (the three standard
 * ones, then the author's sorted by name) so saves and reports are stable. */
static void sorted_keys(lua_State *L, int idx)
{
    lua_newtable(L);
    int keys = lua_gettop(L);
    int n = 0;
    lua_pushnil(L);
    while (lua_next(L, idx)) {
        lua_pop(L, 1);
        lua_pushvalue(L, -1);
        lua_rawseti(L, keys, ++n);
    }
    /* Insertion sort by the keys' text; non-text keys go first, as found. */
    for (int i = 2; i <= n; i++) {
        for (int j = i; j > 1; j--) {
            lua_rawgeti(L, keys, j - 1);
            lua_rawgeti(L, keys, j);
            bool swap = lua_type(L, -1) == LUA_TSTRING && lua_type(L, -2) == LUA_TSTRING &&
                        strcmp(lua_tostring(L, -1), lua_tostring(L, -2)) < 0;
            if (!swap) {
                lua_pop(L, 2);
                break;
            }
            lua_rawseti(L, keys, j - 1);
            lua_rawseti(L, keys, j);
        }
    }
}

void dsl_read_meters(DslContext *c, int idx, int line)
{
    lua_State *L = c->L;
    Story *s = c->story;
    idx = lua_absindex(L, idx);
    sorted_keys(L, idx);
    int keys = lua_gettop(L);
    int n_keys = (int)lua_rawlen(L, keys);
    for (int k = 1; k <= n_keys; k++) {
        lua_rawgeti(L, keys, k);
        lua_pushvalue(L, -1);
        lua_rawget(L, idx); /* stack: key, value, as lua_next leaves them */
        const char *name = lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : NULL;
        if (!name || !dsl_valid_name(name)) {
            dsl_error(c, line, _("meters: each meter needs a name made of letters, digits and _, "
                      "like meters = { energy = { start = 50, better = \"higher\" } }."));
            lua_pop(L, 2);
            continue;
        }
        int known = story_find_meter(s, name);
        bool standard = known >= 0 && known < 3;
        int start = -1;
        int better = standard ? s->meters[known].higher_is_better : -1;
        char *label = NULL;
        if (lua_isinteger(L, -1)) {
            start = (int)lua_tointeger(L, -1);
        } else if (lua_istable(L, -1)) {
            int t = lua_gettop(L);
            dsl_check_fields(c, t, line, "a meter", dsl_meter_fields, false);
            if (dsl_field(L, t, "start") == LUA_TNUMBER && lua_isinteger(L, -1))
                start = (int)lua_tointeger(L, -1);
            lua_pop(L, 1);
            int bt = dsl_field(L, t, "better");
            const char *b = bt == LUA_TSTRING ? lua_tostring(L, -1) : NULL;
            int want = b && strcmp(b, "higher") == 0 ? 1 : b && strcmp(b, "lower") == 0 ? 0 : -1;
            if (bt != LUA_TNIL && want < 0)
                dsl_error(c, line, _("meters: %s: better must be \"higher\" or \"lower\"."), name);
            else if (standard && bt != LUA_TNIL && want != better)
                dsl_error(c, line, better ? _("meters: %s is always higher-is-better in Beside; "
                                              "leave better out.")
                                   : _("meters: %s is always lower-is-better in Beside; leave "
                                       "better out."), name);
            else if (bt != LUA_TNIL)
                better = want;
            lua_pop(L, 1);
            label = dsl_get_text(c, t, "label", line, "meters");
        }
        if (start < METER_MIN || start > METER_MAX)
            dsl_error(c, line, standard ? _("meters: %s needs a starting value from 0 to 100, like "
                                            "%s = 40.")
                               : _("meters: %s needs a starting value from 0 to 100, like %s = 40 "
                                   "or { start = 40, better = \"higher\" }."), name, name);
        else if (better < 0)
            dsl_error(c, line, _("meters: say which way is better for %s, like %s = { start = %d, "
                      "better = \"higher\" } (or \"lower\")."), name, name, start);
        else {
            int m = story_add_meter(s, name, start, better != 0, line);
            if (m < 0)
                dsl_error(c, line, _("meters: a story can have at most %d meters."),
                          STORY_MAX_METERS);
            else if (label) {
                free(s->meters[m].label);
                s->meters[m].label = label;
                label = NULL;
            }
        }
        free(label);
        lua_pop(L, 2);
    }
    lua_pop(L, 1);
}

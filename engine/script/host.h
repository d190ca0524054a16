/* host.h — running a story's own Lua functions (when, next and text
 * functions) for the runtime, through the StoryHost interface. */
#ifndef BESIDE_HOST_H
#define BESIDE_HOST_H

#include "core/story.h"
#include "script/sandbox.h"

/* Gives the story a host that runs its functions in `sb`, and hands `sb` to
 * the story: story_free() frees it. */
void host_attach(Story *s, Sandbox *sb);

#endif

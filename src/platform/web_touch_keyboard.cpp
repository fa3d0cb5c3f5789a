#include "platform/web_touch_keyboard.hpp"

#include <SDL.h>
#include <emscripten.h>
#include <imgui.h>

#include <cstring>

namespace dealdojo::platform {
namespace {

// Codes the page queues for keys (0 is text); kept in step with kTouchKeys below.
EM_JS(void, install_hidden_input, (), {
  var keyCodes = { Backspace: 1, Enter: 2, Tab: 3, Escape: 4, ArrowLeft: 5, ArrowRight: 6, ArrowUp: 7,
    ArrowDown: 8, Delete: 9, Home: 10, End: 11 };
  var modifierKeys = { Control: 1, Meta: 1, Shift: 1, Alt: 1, AltGraph: 1 };
  var queue = [];
  var wanted = false;
  var lastPointerWasTouch = false;
  var composing = false;
  var shortcutPending = false;
  var input = document.createElement('input');
  input.type = 'text';
  input.id = 'touch-keyboard';
  input.tabIndex = -1;
  input.setAttribute('aria-hidden', 'true');
  input.setAttribute('autocomplete', 'off');
  input.setAttribute('autocapitalize', 'off');
  input.setAttribute('autocorrect', 'off');
  input.setAttribute('spellcheck', 'false');
  input.style.cssText = 'position:fixed;left:0;top:0;width:1px;height:1px;padding:0;border:0;margin:0;' +
    'opacity:0;font-size:16px;pointer-events:none;caret-color:transparent;background:transparent;';
  document.body.appendChild(input);

  function sendText(text) {
    Array.from(text).forEach(function(ch) { queue.push([0, ch]); });
  }
  function takeTyped() {
    if (composing) return;
    var text = input.value;
    input.value = "";
    if (text) sendText(text);
  }
  function focusIfWanted() {
    if (wanted && lastPointerWasTouch && document.activeElement !== input) input.focus({ preventScroll: true });
  }
  function handledBySdl(event) {
    return event.ctrlKey || event.metaKey || modifierKeys[event.key] === 1;
  }

  window.addEventListener('pointerdown', function(event) { lastPointerWasTouch = event.pointerType === 'touch'; }, true);
  window.addEventListener('pointerup', focusIfWanted, true);
  window.addEventListener('touchend', focusIfWanted, true);

  input.addEventListener('keydown', function(event) {
    if (handledBySdl(event)) {
      if (event.ctrlKey || event.metaKey) shortcutPending = true;
      return;
    }
    event.stopPropagation();
    if (event.isComposing || event.keyCode === 229) return;
    var code = keyCodes[event.key];
    if (code) {
      event.preventDefault();
      takeTyped();
      queue.push([code, ""]);
    }
  });
  input.addEventListener('keypress', function(event) { if (!handledBySdl(event)) event.stopPropagation(); });
  input.addEventListener('keyup', function(event) {
    if (!event.ctrlKey && !event.metaKey) shortcutPending = false;
    if (!handledBySdl(event)) event.stopPropagation();
  });
  input.addEventListener('input', function(event) {
    if (shortcutPending) { input.value = ""; return; }
    if (event.isComposing) return;
    takeTyped();
  });
  input.addEventListener('compositionstart', function() { composing = true; });
  input.addEventListener('compositionend', function() { composing = false; takeTyped(); });

  Module.dealdojoTouchKeyboard = {
    next: function() { return queue.shift(); },
    setWanted: function(now) {
      if (now && !wanted) { wanted = true; focusIfWanted(); }
      if (!now && wanted) {
        wanted = false;
        if (document.activeElement === input) input.blur();
      }
    },
  };
});

// Returns -1 when nothing is queued, 0 for text (written to `out`), else a key code.
EM_JS(int, next_touch_typing, (char* out, int size), {
  var item = Module.dealdojoTouchKeyboard ? Module.dealdojoTouchKeyboard.next() : undefined;
  if (!item) return -1;
  if (item[0] === 0) stringToUTF8(item[1], out, size);
  return item[0];
});

EM_JS(void, set_text_input_wanted, (int wanted), {
  if (Module.dealdojoTouchKeyboard) Module.dealdojoTouchKeyboard.setWanted(wanted !== 0);
});

struct TouchKey {
  SDL_Scancode scancode;
  SDL_Keycode keycode;
};
constexpr TouchKey kTouchKeys[] = {
    {SDL_SCANCODE_BACKSPACE, SDLK_BACKSPACE}, {SDL_SCANCODE_RETURN, SDLK_RETURN},
    {SDL_SCANCODE_TAB, SDLK_TAB},             {SDL_SCANCODE_ESCAPE, SDLK_ESCAPE},
    {SDL_SCANCODE_LEFT, SDLK_LEFT},           {SDL_SCANCODE_RIGHT, SDLK_RIGHT},
    {SDL_SCANCODE_UP, SDLK_UP},               {SDL_SCANCODE_DOWN, SDLK_DOWN},
    {SDL_SCANCODE_DELETE, SDLK_DELETE},       {SDL_SCANCODE_HOME, SDLK_HOME},
    {SDL_SCANCODE_END, SDLK_END},
};
constexpr int kTouchKeyCount = static_cast<int>(sizeof kTouchKeys / sizeof kTouchKeys[0]);

// A press and its release; the frame loop holds the release for the next frame.
void push_key(const TouchKey& key) {
  SDL_Event event{};
  event.type = SDL_KEYDOWN;
  event.key.state = SDL_PRESSED;
  event.key.keysym.scancode = key.scancode;
  event.key.keysym.sym = key.keycode;
  event.key.keysym.mod = static_cast<Uint16>(SDL_GetModState());
  SDL_PushEvent(&event);
  event.type = SDL_KEYUP;
  event.key.state = SDL_RELEASED;
  SDL_PushEvent(&event);
}

void push_text(const char* text) {
  SDL_Event event{};
  event.type = SDL_TEXTINPUT;
  std::strncpy(event.text.text, text, sizeof event.text.text - 1);
  SDL_PushEvent(&event);
}

bool g_wanted = false;

}  // namespace

void install_touch_keyboard() { install_hidden_input(); }

void deliver_touch_typing() {
  char text[SDL_TEXTINPUTEVENT_TEXT_SIZE] = {};
  for (;;) {
    const int code = next_touch_typing(text, static_cast<int>(sizeof text));
    if (code < 0) return;
    if (code == 0) push_text(text);
    if (code > 0 && code <= kTouchKeyCount) push_key(kTouchKeys[code - 1]);
  }
}

void sync_touch_keyboard() {
  const bool wanted = ImGui::GetIO().WantTextInput;
  if (wanted == g_wanted) return;
  g_wanted = wanted;
  set_text_input_wanted(wanted ? 1 : 0);
}

}  // namespace dealdojo::platform

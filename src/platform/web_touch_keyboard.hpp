#pragma once
// The on-screen keyboard on touch devices. ImGui draws into a canvas and SDL 2.26
// cannot raise a phone's keyboard, so while a text field is active after a touch,
// a visually hidden <input> holds the page's focus: the browser shows its keyboard
// for it, and what is typed there reaches ImGui as SDL events (text, and
// Backspace/Enter/arrows as key presses), the same path desktop typing takes.
// Keyboard events on that input are kept from SDL's window listeners, so each
// character arrives once. With a mouse the input is never focused.
namespace dealdojo::platform {

// Call once after the SDL window exists.
void install_touch_keyboard();

// Call before each frame: hands what was typed into the hidden input to SDL.
void deliver_touch_typing();

// Call after each frame: focuses the hidden input when ImGui wants text after a
// touch, and blurs it (hiding the keyboard) when ImGui no longer does.
void sync_touch_keyboard();

}  // namespace dealdojo::platform

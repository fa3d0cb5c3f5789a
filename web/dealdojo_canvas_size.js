// A JS library for the link (src/platform/CMakeLists.txt), in place of Emscripten's
// own emscripten_set_canvas_element_size. When SDL opens its window it sizes the
// canvas to 1x1, reads the canvas's CSS size to learn whether the page sizes it, and
// sizes it back; each resize reallocates the page's WebGL drawing buffer. The page's
// stylesheet always sizes the canvas (dealdojo_page.css: the whole viewport), so the
// 1x1 size is skipped: SDL gets the same answer, and the buffer is sized once (SDL's
// phase 2-4 ms shorter in paired loads; README, Performance).
mergeInto(LibraryManager.library, {
  emscripten_set_canvas_element_size__deps: ['$findCanvasEventTarget'],
  emscripten_set_canvas_element_size: function (target, width, height) {
    if (width === 1 && height === 1) return 0;  // SDL's probe (EMSCRIPTEN_RESULT_SUCCESS)
    var canvas = findCanvasEventTarget(target);
    if (!canvas) return -4;  // EMSCRIPTEN_RESULT_UNKNOWN_TARGET
    canvas.width = width;
    canvas.height = height;
    return 0;
  },
});

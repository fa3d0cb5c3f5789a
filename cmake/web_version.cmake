# Writes sw.js for the web build: web/sw.js with @DEALDOJO_VERSION@ replaced by a
# hash of the files it caches, so each build gets its own cache and a changed
# build is picked up by the browser on the next load.
# Usage: cmake -DWEB_DIR=<build dir> -DTEMPLATE=<web/sw.js> -P web_version.cmake
set(_files index.html dealdojo.js dealdojo.wasm dealdojo_content.json dealdojo_content.data
    manifest.webmanifest icon.svg)
set(_hashes "")
foreach(_file IN LISTS _files)
  if(NOT EXISTS "${WEB_DIR}/${_file}")
    message(FATAL_ERROR "web_version: ${WEB_DIR}/${_file} is missing")
  endif()
  file(SHA256 "${WEB_DIR}/${_file}" _hash)
  string(APPEND _hashes "${_file}=${_hash}\n")
endforeach()
file(READ "${TEMPLATE}" _hash_of_template)
string(SHA256 _version "${_hashes}${_hash_of_template}")
string(SUBSTRING "${_version}" 0 16 _version)
file(READ "${TEMPLATE}" _sw)
string(REPLACE "@DEALDOJO_VERSION@" "${_version}" _sw "${_sw}")
file(WRITE "${WEB_DIR}/sw.js.tmp" "${_sw}")
file(COPY_FILE "${WEB_DIR}/sw.js.tmp" "${WEB_DIR}/sw.js" ONLY_IF_DIFFERENT)
file(REMOVE "${WEB_DIR}/sw.js.tmp")
file(WRITE "${WEB_DIR}/dealdojo_version.txt" "${_version}\n")

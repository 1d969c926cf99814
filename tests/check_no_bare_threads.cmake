# Every thread eaf starts goes through model/parallel.{h,cpp}, which carries a worker's exception
# back to the caller and works on when a thread is refused. Fails when another source of the
# layers (model, checker, render, cli) names std::thread, std::jthread, std::async or pthread_create.
file(GLOB_RECURSE sources ${SOURCE_DIR}/model/*.cpp ${SOURCE_DIR}/model/*.h ${SOURCE_DIR}/checker/*.cpp
     ${SOURCE_DIR}/checker/*.h ${SOURCE_DIR}/render/*.cpp ${SOURCE_DIR}/render/*.h ${SOURCE_DIR}/cli/*.cpp
     ${SOURCE_DIR}/cli/*.h)
set(found "")
foreach(source IN LISTS sources)
  if(source MATCHES "/model/parallel\\.(h|cpp)$")
    continue()
  endif()
  file(STRINGS ${source} lines REGEX "std::(j?thread|async)|pthread_create")
  foreach(line IN LISTS lines)
    string(STRIP "${line}" line)
    string(APPEND found "\n  ${source}: ${line}")
  endforeach()
endforeach()
if(found)
  message(FATAL_ERROR "threads started outside model/parallel.h (use ForEachIndex or RunBoth):${found}")
endif()

#include "checker/graph_queries.h"

#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/filtered_graph.hpp>
#include <boost/pending/queue.hpp>
#include <boost/property_map/property_map.hpp>

#include <algorithm>

namespace eaf::checker {
namespace {

struct EnterFilter {
  const std::function<bool(std::size_t)>* enter = nullptr;
  const std::vector<std::size_t>* sources = nullptr;
  bool operator()(std::size_t v) const {
    return std::find(sources->begin(), sources->end(), v) != sources->end() || (*enter)(v);
  }
};

// Records distance and parent on every tree edge of the search.
class Recorder : public boost::default_bfs_visitor {
 public:
  explicit Recorder(Reach& reach) : reach_(&reach) {}
  template <class EdgeT, class GraphT>
  void tree_edge(EdgeT e, const GraphT& g) const {
    const std::size_t from = boost::source(e, g);
    const std::size_t to = boost::target(e, g);
    reach_->distance[to] = reach_->distance[from] + 1;
    reach_->parent[to] = from;
    reach_->via_edge[to] = g[e].relationship;
  }

 private:
  Reach* reach_;
};

}  // namespace

std::vector<std::size_t> Reach::PathTo(std::size_t v) const {
  std::vector<std::size_t> path{v};
  for (auto it = parent.find(v); it != parent.end(); it = parent.find(it->second)) path.push_back(it->second);
  std::reverse(path.begin(), path.end());
  return path;
}

Reach ReachFrom(const CheckContext& context, const std::vector<std::size_t>& sources,
                const std::function<bool(std::size_t)>& enter) {
  Reach reach;
  const EnterFilter filter{&enter, &sources};
  const boost::filtered_graph<ExchangeGraph, boost::keep_all, EnterFilter> graph(context.exchanges(), boost::keep_all(), filter);
  // An associative colour map: white by default, so nothing is initialised for unvisited vertices.
  std::unordered_map<std::size_t, boost::default_color_type> colours;
  boost::associative_property_map<std::unordered_map<std::size_t, boost::default_color_type>> colour_map(colours);
  boost::queue<std::size_t> queue;
  for (std::size_t source : sources) {
    reach.distance[source] = 0;
    colour_map[source] = boost::gray_color;
    queue.push(source);
  }
  // breadth_first_visit continues from what is queued; all sources start at distance 0.
  if (!queue.empty()) {
    const std::size_t first = queue.top();
    queue.pop();
    colours[first] = boost::white_color;
    boost::breadth_first_visit(graph, first, queue, Recorder(reach), colour_map);
  }
  return reach;
}

}  // namespace eaf::checker

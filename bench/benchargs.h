#pragma once

#include <map>
#include <string>
#include <vector>

namespace curvelab::bench {

// A bench program's command line: positional arguments plus "--name N" options with integer
// values, each declared with its default. Throws std::invalid_argument on an unknown option, a
// missing or non-numeric value, or a wrong number of positional arguments.
class BenchArgs
{
public:
    BenchArgs(int argc, char **argv, std::map<std::string, long> defaults,
              std::size_t positionalCount);

    long value(const std::string &name) const;
    const std::vector<std::string> &positional() const { return m_positional; }
    bool helpRequested() const { return m_help; }

private:
    std::map<std::string, long> m_values;
    std::vector<std::string> m_positional;
    bool m_help = false;
};

// Runs a bench program's `run` and turns its exceptions into a message and an exit status: 2 and
// the usage text for a bad command line (std::invalid_argument), 1 for anything else.
int runGuarded(const char *name, const char *usage, int (*run)(int, char **), int argc,
               char **argv);

} // namespace curvelab::bench

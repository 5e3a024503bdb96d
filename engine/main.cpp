#include "eval/enginemain.h"
#include "util/phasetimer.h"

int main(int argc, char **argv)
{
    disteval::PhaseTimer::start();
    return disteval::runEngine(argc, argv);
}

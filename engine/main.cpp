#include "eval/enginemain.h"

int main(int argc, char **argv)
{
    return disteval::runEngine(argc, argv);
}

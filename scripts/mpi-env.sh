# Sourced by the project's scripts before they call mpirun. Open MPI refuses to run as
# root unless told otherwise; only when the script itself runs as root (containers, CI)
# is that permission given. Users running as themselves get no extra flags.
if [ "$(id -u)" = 0 ]; then
    export OMPI_ALLOW_RUN_AS_ROOT=1
    export OMPI_ALLOW_RUN_AS_ROOT_CONFIRM=1
fi

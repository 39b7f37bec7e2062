"""Marks the wheel as platform-specific: it carries a native library but no CPython
extension, so it works on any Python 3 (tag py3-none-<platform>).

WINHTTP_ERR_PLAT names the platform of the library build.sh put in the package:
``win_amd64`` or ``win32`` (winhttp_err.dll, cross-built), or unset for the build
host's own (libwinhttp_err.so, tag linux_<arch>, which build.sh then lets auditwheel
replace with the manylinux tag the library really satisfies)."""

import os
import sysconfig

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

_WINDOWS = ("win_amd64", "win32")


class CustomBuildHook(BuildHookInterface):
    def initialize(self, version, build_data):
        if self.target_name != "wheel":
            return
        platform = os.environ.get("WINHTTP_ERR_PLAT") or sysconfig.get_platform().replace("-", "_").replace(".", "_")
        wanted = "winhttp_err.dll" if platform in _WINDOWS else "libwinhttp_err.so"
        package = os.path.join(self.root, "src", "winhttp_err")
        if not os.path.exists(os.path.join(package, wanted)):
            raise RuntimeError(
                f"no prebuilt winhttp_err library for {platform} here (wheels are built by "
                "bindings/python/build.sh in the source repository; there is no sdist build)"
            )
        # Exactly one library: never a stale one of another platform.
        for other in ("winhttp_err.dll", "libwinhttp_err.so"):
            if other != wanted and os.path.exists(os.path.join(package, other)):
                raise RuntimeError(f"{other} does not belong in a {platform} wheel")
        build_data["pure_python"] = False
        build_data["tag"] = f"py3-none-{platform}"

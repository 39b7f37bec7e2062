"""Marks the wheel as platform-specific: it carries a native library but no CPython
extension, so it works on any Python 3 (tag py3-none-<platform>). build.sh then lets
auditwheel replace the plain linux_<arch> tag with the manylinux one the library
really satisfies."""

import os
import sysconfig

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class CustomBuildHook(BuildHookInterface):
    def initialize(self, version, build_data):
        lib = os.path.join(self.root, "src", "winhttp_err", "libwinhttp_err.so")
        if self.target_name == "wheel" and not os.path.exists(lib):
            raise RuntimeError(f"{lib} is missing: build the wheel with bindings/python/build.sh")
        platform = sysconfig.get_platform().replace("-", "_").replace(".", "_")
        build_data["pure_python"] = False
        build_data["tag"] = f"py3-none-{platform}"

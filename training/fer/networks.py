"""The networks training/fer can train, by the "arch" name that train.py writes into every checkpoint:
(constructor, square input side in pixels)."""
from model import INPUT_SIZE, FerNet
from xception import INPUT_SIZE as XCEPTION_SIZE, MiniXception

NETWORKS = {"fernet": (FerNet, INPUT_SIZE), "xception": (MiniXception, XCEPTION_SIZE)}

#!/usr/bin/env python3
"""Writes the seed corpora of the fuzz targets into tests/fuzz/corpus/<target>/.

Each target gets valid files (so the fuzzer starts from inputs that reach deep into the parser)
and broken ones (truncated, wrong magic, lying sizes, oversized claims). Images are drawn with
ImageMagick's `convert`. Run it again after changing a format; the fuzzers' own findings are kept
in the build folder, not here.
"""
import gzip
import pathlib
import shutil
import struct
import subprocess
import tempfile
import zlib

HERE = pathlib.Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
CLI_DATA = HERE.parent / "cli" / "data"


def target(name):
    folder = CORPUS / name
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)

    def write(file_name, data):
        (folder / file_name).write_bytes(data if isinstance(data, bytes) else data.encode())

    return write


def matrix_file():
    write = target("matrix_file")
    for path in sorted(CLI_DATA.iterdir()):
        if path.suffix in (".csv", ".json"):
            write(path.name, path.read_bytes())
    write("lecture-image.csv", "1,1,1,0,0\n0,1,1,1,0\n0,0,1,1,1\n0,0,1,1,0\n0,1,1,0,0\n")
    write("crlf-bom.csv", "\ufeff1, -2.5 ,+3\r\n4e-2,5E3,6\r\n\r\n\r\n")
    write("bias-row.csv", "0.1,-0.2,0.3\n")
    write("bias-number.csv", "0.5")
    write("bias-list.json", "[0.1, -0.2]")
    write("image-3-channels.json", "[[[1,2],[3,4]],[[5,6],[7,8]],[[9,10],[11,12]]]")
    write("kernel-bank-4d.json", "[[[[1,0],[0,1]]],[[[0,1],[1,0]]]]")
    write("exponents.json", "[[1e-3, -2E+2, 0.0], [-0, 3.4e38, 1.5]]")
    write("too-large.csv", "1,3.5e38\n")
    write("too-small.csv", "1e-50,1\n")
    write("overflow.json", "[[1e309, 1]]")
    write("string-cell.json", '[[1, "two"], [3, 4]]')
    write("null-cell.json", "[[1, null], [true, {}]]")
    write("object.json", '{"rows": [[1, 2]]}')
    write("empty-array.json", "[]")
    write("empty-row.json", "[[1, 2], []]")
    write("ragged-deep.json", "[[[1,2],[3,4]],[[5,6],[7]]]")
    write("flat.json", "[1, 2, 3]")
    write("escaped.json", '[[1, "a\\"]b"], [2, 3]]')
    write("semicolons.csv", "1;2;3\n4;5;6\n")
    write("blank-middle.csv", "1,2\n\n3,4\n")
    write("binary.csv", b"1,2\x00,3\n")
    write("trailing-comma.csv", "1,2,\n3,4,\n")


def png_header(width, height):
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    chunk = struct.pack(">I", len(ihdr)) + b"IHDR" + ihdr + struct.pack(">I", zlib.crc32(b"IHDR" + ihdr))
    return b"\x89PNG\r\n\x1a\n" + chunk


def jpeg_header(width, height):
    """A baseline JPEG's markers up to the start of scan, with no scan data after it."""
    quant = b"\xff\xdb" + struct.pack(">H", 67) + b"\x00" + bytes([1] * 64)
    frame = b"\xff\xc0" + struct.pack(">HBHHB", 11, 8, height, width, 1) + b"\x01\x11\x00"
    # The standard luminance DC and AC Huffman tables (JPEG spec K.3).
    dc_counts = bytes([0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0])
    dc_values = bytes(range(12))
    ac_counts = bytes([0, 2, 1, 3, 3, 2, 4, 3, 5, 5, 4, 4, 0, 0, 1, 0x7D])
    ac_values = bytes.fromhex(
        "01020300041105122131410613516107227114328191a1082342b1c11552d1f02433627282090a161718191a25262728292a"
        "3435363738393a434445464748494a535455565758595a636465666768696a737475767778797a838485868788898a929394"
        "95969798999aa2a3a4a5a6a7a8a9aab2b3b4b5b6b7b8b9bac2c3c4c5c6c7c8c9cad2d3d4d5d6d7d8d9dae1e2e3e4e5e6e7e8"
        "e9eaf1f2f3f4f5f6f7f8f9fa")
    dht = b"\x00" + dc_counts + dc_values + b"\x10" + ac_counts + ac_values
    huffman = b"\xff\xc4" + struct.pack(">H", 2 + len(dht)) + dht
    scan = b"\xff\xda" + struct.pack(">HB", 8, 1) + b"\x01\x00\x00\x3f\x00"
    return b"\xff\xd8" + quant + frame + huffman + scan


def image_loader():
    write = target("image_loader")
    for name in ("huge-claim.png", "text.png", "truncated.png"):
        write(name, (CLI_DATA / name).read_bytes())
    with tempfile.TemporaryDirectory() as scratch:
        scratch = pathlib.Path(scratch)
        drawings = {
            "gray.png": ["-size", "8x6", "gradient:black-white", "-colorspace", "Gray", "-depth", "8"],
            "rgb.png": ["-size", "7x5", "gradient:red-blue"],
            "alpha.png": ["-size", "6x6", "xc:none", "-fill", "#ff000080", "-draw", "rectangle 1,1 4,4"],
            "gray16.png": ["-size", "5x5", "gradient:", "-colorspace", "Gray", "-depth", "16"],
            "palette.png": ["-size", "6x4", "pattern:checkerboard", "-type", "Palette", "format=PNG8"],
            "interlaced.png": ["-size", "9x9", "plasma:fractal", "-seed", "3", "-interlace", "PNG"],
            "color.jpg": ["-size", "16x12", "gradient:yellow-navy", "-quality", "70"],
            "gray.jpg": ["-size", "10x10", "gradient:", "-colorspace", "Gray", "-quality", "50"],
            "progressive.jpg": ["-size", "17x9", "gradient:green-white", "-interlace", "JPEG"],
            "bitmap.bmp": ["-size", "5x3", "gradient:white-black"],
            "bitmap-rle.bmp": ["-size", "6x4", "pattern:checkerboard", "-type", "Palette", "-compress", "RLE", "format=BMP3"],
            "two-frames.gif": ["-size", "4x4", "xc:red", "xc:blue", "-loop", "0"],
            "lossy.webp": ["-size", "8x8", "gradient:orange-purple", "-quality", "40"],
            "lossless.webp": ["-size", "6x6", "pattern:checkerboard", "-define", "webp:lossless=true"],
            "portable.pgm": ["-size", "4x3", "gradient:"],
            "portable.ppm": ["-size", "3x3", "gradient:red-green", "-compress", "none"],
            "pixmap.xpm": ["-size", "4x4", "pattern:checkerboard"],
            "targa.tga": ["-size", "5x4", "gradient:blue-white"],
            "tagged.tiff": ["-size", "4x4", "gradient:", "-compress", "LZW"],
            "icon.ico": ["-size", "16x16", "gradient:pink-black"],
        }
        for name, arguments in drawings.items():
            output = scratch / name
            prefix = ""
            if arguments[-1].startswith("format="):
                prefix = arguments.pop()[len("format="):] + ":"
            subprocess.run(["convert", *arguments, prefix + str(output)], check=True)
            write(name, output.read_bytes())
    write("huge-claim-50000.png", png_header(50000, 50000))
    write("huge-claim-65535.jpg", jpeg_header(65535, 65535))
    write("small-claim.jpg", jpeg_header(16, 16))
    write("drawing.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="12" height="8">'
                         '<rect x="2" y="2" width="6" height="4" fill="#808080"/></svg>')
    write("bitmap.xbm", "#define t_width 8\n#define t_height 2\nstatic char t_bits[] = {0x13, 0x00};\n")
    write("empty.png", b"")
    write("signature-only.png", b"\x89PNG\r\n\x1a\n")


def idx_images(count, rows, cols, pixels=None):
    if pixels is None:
        pixels = bytes((i * 37) % 256 for i in range(count * rows * cols))
    return struct.pack(">IIII", 0x803, count, rows, cols) + pixels


def idx_labels(count, labels=None):
    if labels is None:
        labels = bytes(i % 10 for i in range(count))
    return struct.pack(">II", 0x801, count) + labels


def idx_file():
    write = target("idx_file")
    images = idx_images(3, 4, 4)
    labels = idx_labels(5)
    for name, data in {"images": images, "labels": labels}.items():
        write(f"{name}.idx", data)
        write(f"{name}.idx.gz", gzip.compress(data, mtime=0))
        # 'Z' asks the harness to gzip the rest, so the fuzzer mutates the IDX bytes inside gzip.
        write(f"{name}.zidx", b"Z" + data)
    write("two-members.idx.gz", gzip.compress(images[:10], mtime=0) + gzip.compress(images[10:], mtime=0))
    write("truncated.idx", images[:-5])
    write("truncated.idx.gz", gzip.compress(images, mtime=0)[:-12])
    write("trailing-bytes.idx", labels + b"\x07\x07")
    write("gzip-then-garbage.idx.gz", gzip.compress(labels, mtime=0) + b"garbage")
    write("wrong-magic.idx", struct.pack(">I", 0x804) + images[4:])
    write("label-magic-in-images.idx", idx_labels(3))
    write("billion-images.idx", struct.pack(">IIII", 0x803, 10**9, 28, 28))
    write("billion-images.zidx", b"Z" + struct.pack(">IIII", 0x803, 10**9, 28, 28) + bytes(64))
    write("gigabyte-claim.idx", struct.pack(">IIII", 0x803, 9_000_000, 1024, 1024))
    write("zero-rows.idx", struct.pack(">IIII", 0x803, 1, 0, 28))
    write("header-only.idx", struct.pack(">I", 0x803) + b"\x00\x00")
    write("gzip-header-only.gz", b"\x1f\x8b")


def model_bytes(architecture, metadata, arrays, version=1):
    payload = bytearray()
    for text in (architecture, metadata):
        encoded = text.encode()
        payload += struct.pack("<I", len(encoded)) + encoded
    payload += struct.pack("<I", len(arrays))
    for shape, values in arrays:
        payload += struct.pack("<I", len(shape)) + b"".join(struct.pack("<I", n) for n in shape)
        payload += b"".join(struct.pack("<f", v) for v in values)
    header = b"CSMODEL\x1a" + struct.pack("<IIQ", version, zlib.crc32(payload), len(payload))
    return header + bytes(payload)


def arrays_for(shapes):
    arrays = []
    for index, shape in enumerate(shapes):
        count = 1
        for n in shape:
            count *= n
        arrays.append((shape, [((i + index) % 7 - 3) / 8 for i in range(count)]))
    return arrays


def model_file():
    write = target("model_file")
    metadata = ("dataset mnist-subset\n" + "".join(f"class {d}\n" for d in "0123")
                + "epochs 2\ntest_accuracy 0.75\ntrain_loss 0.5\noptimizer adam\nlearning_rate 0.001\n"
                "batch_size 64\nseed 7\n")
    conv = "input 1 4 4\nconv 2 3 pad 1\nrelu\nmaxpool 2\nflatten\ndense 4\n"
    conv_arrays = arrays_for([[2, 1, 3, 3], [2], [4, 8], [4]])
    good = model_bytes(conv, metadata, conv_arrays)
    write("conv.csmodel", good)
    dense = "input 1 2 2\nflatten\ndropout 0.25\ndense 3\nrelu\navgpool 1\n"
    write("bad-architecture.csmodel", model_bytes(dense, "", arrays_for([[3, 4], [3]])))
    dense = "# a comment\ninput 1 2 2\nflatten\ndropout 0.25\ndense 3\nrelu\ndense 2\n"
    write("dense.csmodel", model_bytes(dense, "seed 1\nunknown_key x\n", arrays_for([[3, 4], [3], [2, 3], [2]])))
    write("older-version.csmodel", model_bytes(conv, metadata, conv_arrays, version=0))
    write("newer-version.csmodel", model_bytes(conv, metadata, conv_arrays, version=2))
    write("truncated.csmodel", good[:-9])
    write("header-only.csmodel", good[:20])
    damaged = bytearray(good)
    damaged[40] ^= 0x10
    write("bad-checksum.csmodel", bytes(damaged))
    write("nan-weight.csmodel", model_bytes(conv, metadata, [(s, [float("nan")] * len(v)) for s, v in conv_arrays]))
    write("wrong-shape.csmodel", model_bytes(conv, metadata, arrays_for([[2, 1, 3, 3], [2], [8, 4], [4]])))
    write("too-few-arrays.csmodel", model_bytes(conv, metadata, conv_arrays[:3]))
    write("class-count.csmodel", model_bytes(conv, "class a\nclass b\n", conv_arrays))
    write("bad-number.csmodel", model_bytes(conv, "epochs many\n", conv_arrays))
    huge = bytearray(good[:24]) + struct.pack("<I", 0xFFFFFFF0) + b"input"
    write("huge-text-claim.csmodel", bytes(huge))
    write("not-a-model.csmodel", b"PK\x03\x04 this is a zip file")


def network_spec():
    write = target("network_spec")
    write("classroom.txt", "input 1 28 28\nconv 8 3 pad 1\nrelu\nmaxpool 2\nconv 16 3 pad 1\nrelu\nmaxpool 2\n"
                           "flatten\ndense 64\nrelu\ndense 10\n")
    write("tutorial.txt", "conv 32 5 pad 2\nrelu\nmaxpool 2\nconv 64 5 pad 2\nrelu\nmaxpool 2\nflatten\n"
                          "dense 1024\nrelu\ndense 10\n")
    write("options.txt", "# every option\ninput 3 32 32   # colour\r\nconv 4 5 stride 2 pad 2\n\tavgpool 3 stride 1\n"
                         "dropout 0.5\nflatten\ndense 2\n")
    write("unknown-layer.txt", "input 1 28 28\nconv 8 3\nsoftmax\n")
    write("bad-number.txt", "conv eight 3\n")
    write("out-of-range.txt", "dense 640000000\n")
    write("input-late.txt", "relu\ninput 1 2 2\n")
    write("window-too-big.txt", "input 1 4 4\nconv 2 9\nflatten\ndense 2\n")
    write("dense-before-flatten.txt", "dense 10\n")
    write("too-many-parameters.txt", "input 64 1024 1024\nflatten\ndense 16384\ndense 10\n")
    write("ends-spatial.txt", "conv 2 3\n")
    write("dropout-one.txt", "dropout 1\n")
    write("missing-value.txt", "maxpool\n")
    write("empty.txt", "# nothing but a comment\n\n")
    write("every-kind.txt", "input 3 16 16\nconv 4 3 pad 1\nbatchnorm eps 0.001\ntanh\nmaxpool 3 stride 2 pad 1\n"
                            "leakyrelu 0.01\nminpool 2 pad 1\navgpool 2 stride 1 pad 1\nsigmoid\nglobalavgpool\n"
                            "flatten\nbatchnorm\ndense 10\n")
    write("pool-pad-too-big.txt", "input 1 8 8\nmaxpool 2 pad 2\nflatten\ndense 2\n")


def onnx_model():
    write = target("onnx_model")
    # The smallest of the ONNX reader's fixtures (made by tests/onnx/make_fixtures.py with PyTorch).
    good = (HERE.parent / "onnx" / "data" / "batchnorm-opset13.onnx").read_bytes()
    write("batchnorm-opset13.onnx", good)
    write("truncated.onnx", good[: len(good) // 2])
    write("text.onnx", "input 1 28 28\nconv 8 3\n")
    write("empty.onnx", b"")


if __name__ == "__main__":
    matrix_file()
    image_loader()
    idx_file()
    model_file()
    network_spec()
    onnx_model()

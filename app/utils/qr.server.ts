import QRCode from "qrcode";

// An SVG QR code (black on white) for print views; generated on the server, no image request.
export async function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, { type: "svg", errorCorrectionLevel: "M", margin: 1, color: { dark: "#000000", light: "#ffffff" } });
}

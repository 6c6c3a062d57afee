DELETE FROM purchase_product;
